package org.dictum.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.support.Fixtures;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;
import org.dictum.it.support.ItAccounts;
import org.dictum.it.support.LoopbackClient;
import org.dictum.it.support.LoopbackClient.RawReply;
import org.junit.jupiter.api.Test;

/** Ingesting the seed article over REST, reading it back, and the archive's refusal of bad input. */
class ArticleApiIT extends ClientSideIntegrationTest {

    private static final String OFFICIAL = "Senior official (United States)";

    private HttpApi api;

    private HttpApi api() {
        if (api == null) {
            api = new HttpApi(baseUrl);
        }
        return api;
    }

    private JsonObject seed() {
        Reply reply = api().postJson("api/articles", Fixtures.seedJson());
        assertThat(reply.status()).as(reply.toString()).isIn(200, 201);
        return reply.json();
    }

    @Test
    void seed_article_comes_out_with_six_statements_by_the_senior_us_official() {
        JsonObject article = seed();

        assertThat(article.getString("title")).isEqualTo("US open to limiting military exercises, missiles with Russia");
        assertThat(article.getString("source")).isEqualTo(Fixtures.SEED_SOURCE);
        assertThat(article.getString("language")).isEqualTo("en");
        assertThat(article.getString("publishedAt")).startsWith("2022-01-09");
        assertThat(article.getString("mainText")).doesNotContain("Your support", "donation", "paywalls");
        assertThat(article.getString("sha256")).hasSize(64);

        List<JsonObject> statements = article.getJsonArray("statements").getValuesAs(JsonObject.class);
        assertThat(statements).hasSize(6);
        assertThat(statements).allSatisfy(s -> {
            assertThat(s.getString("speakerActor")).isEqualTo(OFFICIAL);
            assertThat(s.getString("speakerActorType")).isEqualTo("ANONYMOUS_SOURCE");
            assertThat(s.getString("speakerAffiliation")).isEqualTo("United States");
            assertThat(s.getString("statementDate")).isEqualTo("2022-01-08");
        });
        assertThat(statements).extracting(s -> s.getString("kind")).containsExactly(
                "REPORTED_SPEECH", "REPORTED_SPEECH", "REPORTED_SPEECH", "REPORTED_SPEECH", "DIRECT_QUOTE", "DIRECT_QUOTE");
        assertThat(statements).extracting(s -> s.getString("cue")).containsExactly(
                "says", "said", "said", "said", "said", "added");
        assertThat(statements.get(4).getString("content"))
                .isEqualTo("We think we can at least explore the possibility of making progress with the Russians");
        String mainText = article.getString("mainText");
        assertThat(statements).allSatisfy(s -> assertThat(mainText.substring(s.getInt("start"), s.getInt("end")))
                .isEqualTo(s.getString("content")));
        assertThat(article.getJsonArray("actors").getValuesAs(JsonValue::toString))
                .contains("\"United States\"", "\"Russia\"", "\"Ukraine\"", "\"NATO\"");
    }

    @Test
    void new_article_answers_201_with_location_and_reposting_answers_200_with_the_same_article() {
        String body = "{\"text\":\"Officials said talks on the reactor would resume in Vienna.\\nMore was not known.\","
                + "\"title\":\"Reactor talks\",\"publishedAt\":\"2021-03-04T10:15:00+02:00\",\"source\":\"Test wire\"}";
        Reply first = api().postJson("api/articles", body);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        long id = first.json().getJsonNumber("id").longValue();
        assertThat(first.location()).endsWith("/api/articles/" + id);
        assertThat(first.json().getString("publishedAt")).as("as given, with its offset").isEqualTo("2021-03-04T10:15:00+02:00");
        String tag = "\"" + first.json().getJsonNumber("version") + "\"";
        assertThat(first.header("ETag")).as("its version, for the first correction's If-Match").contains(tag);
        assertThat(api().get("api/articles/" + id).header("ETag")).contains(tag);

        Reply again = api().postJson("api/articles", body);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(again.location()).endsWith("/api/articles/" + id);
        assertThat(again.header("ETag")).contains(tag);
    }

    @Test
    void article_and_statement_can_be_read_back_by_id() {
        JsonObject article = seed();
        long id = article.getJsonNumber("id").longValue();
        long statementId = article.getJsonArray("statements").getJsonObject(0).getJsonNumber("id").longValue();

        Reply read = api().get("api/articles/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().getString("mainText")).isEqualTo(article.getString("mainText"));

        Reply statement = api().get("api/statements/" + statementId);
        assertThat(statement.status()).isEqualTo(200);
        assertThat(statement.json().getString("speakerActor")).isEqualTo(OFFICIAL);
        JsonObject heading = statement.json().getJsonObject("article");
        assertThat(heading.getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(heading.getString("title")).isEqualTo("US open to limiting military exercises, missiles with Russia");
        for (String field : List.of("title", "source", "publishedAt")) {
            assertThat(heading.getString(field)).as(field).isNotBlank().isEqualTo(read.json().getString(field));
        }

        Reply original = api().get("api/articles/" + id + "/original");
        assertThat(original.status()).isEqualTo(200);
        assertThat(original.contentType()).startsWith("text/plain");
        assertThat(original.body()).isEqualTo(Fixtures.seedText());
    }

    @Test
    void unknown_ids_answer_404_and_malformed_ids_400_problem_json() {
        assertProblem(api().get("api/articles/999999999"), 404, "not-found");
        assertProblem(api().get("api/statements/999999999"), 404, "not-found");
        assertProblem(api().get("api/no-such-resource"), 404, "http");
        assertThat(assertProblem(api().get("api/articles/abc"), 400, "invalid-input").getString("detail"))
                .as("a malformed id is no missing record").isEqualTo("id must be a whole number, was 'abc'");
        assertViolation(api().get("api/statements/99999999999999999999/history"), "id");
        assertViolation(api().delete("api/topics/1?reassignTo=two"), "reassignTo");
        Reply put = api().putJson("api/articles/1", "{}");
        assertThat(assertProblem(put, 405, "http").getString("detail")).startsWith("This resource answers only ");
        assertThat(put.header("Allow")).get().asString().contains("GET");
    }

    @Test
    void bad_input_answers_problem_json_and_stores_nothing() {
        long before = articleCount();

        assertViolation(api().postJson("api/articles", "{\"title\":\"No text\"}"), "text");
        assertViolation(api().postJson("api/articles", "{\"text\":\"   \"}"), "text");
        assertViolation(api().postJson("api/articles", "{\"text\":\"Some text 1.\",\"publishedAt\":\"yesterday\"}"), "publishedAt");
        assertViolation(api().postJson("api/articles", "{\"text\":\"Some text 2.\",\"url\":\"not a url\"}"), "url");
        assertViolation(api().postJson("api/articles", "{\"text\":\"Some text 3.\",\"html\":\"<p>both</p>\"}"), "html");
        assertViolation(api().postJson("api/articles", "{\"text\":\"Some text 4.\",\"actors\":[\"Russia\",\"\"]}"), "actors");
        assertViolation(api().postJson("api/articles", "{\"text\":\"Some text 5.\",\"language\":\"english language\"}"), "language");
        assertViolation(api().postJson("api/articles", "{\"text\":\"Some text 9.\",\"language\":\"xx-invalid-lang\"}"), "language");
        assertViolation(api().postJson("api/articles", "{\"text\":\"Some\\u0000text 10.\"}"), "text");
        assertViolation(api().postJson("api/articles", "{\"text\":\"Some text 11.\",\"title\":\"Bad\\u0000title\"}"), "title");
        assertProblem(api().postJson("api/articles", "{\"text\":\"Some text 6.\",\"topics\":\"not-a-list\"}"), 400, "malformed-body");
        assertProblem(api().postJson("api/articles", "{\"text\": 42, \"topics\": {}}"), 400, "malformed-body");
        assertProblem(api().postJson("api/articles", "{\"text\":\"Some text 7.\""), 400, "malformed-body");
        assertProblem(api().postJson("api/articles", "{\"text\":\"Some text 8.\",\"titel\":\"typo\"}"), 400, "malformed-body");
        assertProblem(api().postJson("api/articles", ""), 400, null);
        assertThat(assertProblem(api().postUntyped("api/articles", "{\"text\":\"No type.\"}"), 415, "http")
                .getString("detail")).contains("no Content-Type");
        assertThat(assertProblem(api().post("api/articles", "application/x-www-form-urlencoded", "text=Form+sent"), 415, "http")
                .getString("detail")).as("what curl -d sends").contains("a body of type application/x-www-form-urlencoded")
                .contains("application/json");
        assertProblem(api().postJson("api/articles", "{\"text\":\"" + "x".repeat(11 * 1024 * 1024) + "\"}"), 413, "payload-too-large");

        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    void a_json_body_is_read_in_its_declared_charset_and_bytes_that_are_no_text_are_refused() {
        String json = "{\"title\":\"Café fermé\",\"text\":\"Le café est fermé, the owner said on Monday.\"}";
        Reply latin1 = api().post("api/articles", "application/json; charset=ISO-8859-1",
                json.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(latin1.status()).as(latin1.toString()).isEqualTo(201);
        Reply stored = api().get("api/articles/" + latin1.json().getJsonNumber("id").longValue());
        assertThat(stored.json().getString("title")).isEqualTo("Café fermé");

        long before = articleCount();
        assertViolation(api().post("api/articles", "application/json",
                "{\"text\":\"Déjà vu, the owner said.\"}".getBytes(StandardCharsets.ISO_8859_1)), "body");
        assertProblem(api().post("api/articles", "application/json; charset=no-such-charset",
                json.getBytes(StandardCharsets.UTF_8)), 415, null);
        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    void a_caller_who_may_not_make_the_request_is_told_so_before_its_body_is_read() {
        String researcher = ItAccounts.createUser(api(), "body-after-access", "researcher");
        HttpApi reader = HttpApi.withToken(baseUrl, api().issueToken(ItAccounts.ADMIN, ItAccounts.adminPassword(), "read only", "read"));
        HttpApi writer = HttpApi.withToken(baseUrl, api().issueToken(researcher, ItAccounts.PASSWORD, "researcher's", "read", "write"));
        String unfinished = "{\"text\":\"Never finished";

        assertProblem(reader.postJson("api/articles", unfinished), 403, "forbidden");
        assertProblem(writer.postJson("api/topics", unfinished), 403, "forbidden");
        assertProblem(api().postJson("api/tokens", unfinished), 401, "unauthorized");
        assertProblem(api().postJson("api/no-such-resource", unfinished), 404, "http");
        assertProblem(api().postJson("api/articles", unfinished), 400, "malformed-body");
    }

    @Test
    void a_body_must_be_one_json_value_with_each_key_once() {
        long before = articleCount();
        JsonObject trailing = assertProblem(api().postJson("api/articles",
                "{\"text\":\"Trailing words, the minister said.\"} trailing"), 400, "malformed-body");
        assertThat(trailing.getString("detail")).contains("The body must be one JSON value").contains("after the JSON value");
        assertProblem(api().postJson("api/articles", "{\"text\":\"One, she said.\"} {\"text\":\"Two, he said.\"}"), 400,
                "malformed-body");
        JsonObject twice = assertProblem(api().postJson("api/articles",
                "{\"text\":\"First words, the minister said.\",\"text\":\"Second words.\"}"), 400, "malformed-body");
        assertThat(twice.getString("detail")).contains("\"text\" appears twice");
        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    void a_document_without_article_text_is_refused_with_a_reason() {
        long before = articleCount();
        JsonObject problem = assertProblem(api().postJson("api/articles", "{\"html\":\"<img src=x.png>\"}"), 400, "invalid-input");
        assertThat(problem.getString("detail")).contains("no article text");
        assertViolation(api().postJson("api/articles", "{\"html\":\"<html><body><img src=y.png></body></html>\"}"), "html");
        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    void a_byte_order_mark_before_the_body_is_passed_over() {
        byte[] body = "\uFEFF{\"text\":\"A byte-order mark leads this body, the clerk said.\"}".getBytes(StandardCharsets.UTF_8);
        Reply reply = api().post("api/articles", "application/json", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().getString("mainText")).startsWith("A byte-order mark leads this body");
    }

    @Test
    void a_body_that_is_no_object_is_refused_without_java_class_names() {
        JsonObject array = assertProblem(api().postJson("api/articles", "[{\"text\":\"In an array, she said.\"}]"), 400,
                "malformed-body");
        assertThat(array.getString("detail")).contains("The body must be a JSON object, not an array").doesNotContain("org.dictum");
        JsonObject nested = assertProblem(api().postJson("api/articles", "{\"text\":\"Nested, she said.\",\"topics\":{}}"), 400,
                "malformed-body");
        assertThat(nested.getString("detail")).doesNotContain("org.dictum");
    }

    @Test
    void a_publication_time_in_the_future_is_refused_on_submission_and_correction() {
        long before = articleCount();
        assertViolation(api().postJson("api/articles", "{\"text\":\"Tomorrow's news, the seer said.\",\"publishedAt\":\"2999-01-01\"}"),
                "publishedAt");
        assertThat(articleCount()).isEqualTo(before);

        Reply created = api().postJson("api/articles", "{\"text\":\"Dated news, the clerk said on Monday.\",\"publishedAt\":\"2024-01-01\"}");
        assertThat(created.status()).as(created.toString()).isIn(200, 201);
        JsonObject article = created.json();
        Reply patched = api().patchMerge("api/articles/" + article.getJsonNumber("id").longValue(),
                "{\"publishedAt\":\"2999-01-01\",\"version\":" + article.getJsonNumber("version").longValue() + "}");
        assertViolation(patched, "publishedAt");
    }

    @Test
    void an_implausible_date_is_refused_naming_its_field_on_every_write_that_stores_one() {
        long before = articleCount();
        Reply ancient = api().postJson("api/articles", "{\"text\":\"Old news, the scribe said.\",\"publishedAt\":\"0001-01-01\"}");
        assertViolation(ancient, "publishedAt");
        assertThat(ancient.json().getString("detail")).contains("outside the dates the archive accepts: 1600-01-01 to");
        assertThat(articleCount()).isEqualTo(before);

        Reply created = api().postJson("api/articles", "{\"text\":\"Dated news, the archivist said. Ref "
                + java.util.UUID.randomUUID() + ".\",\"publishedAt\":\"2024-01-01\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject article = created.json();
        long id = article.getJsonNumber("id").longValue();
        String version = "\"" + article.getJsonNumber("version").longValue() + "\"";
        assertViolation(api().patchMerge("api/articles/" + id, "{\"publishedAt\":\"1599-12-31\"}", "If-Match", version),
                "publishedAt");
        String mainText = article.getString("mainText");
        assertViolation(api().postJson("api/articles/" + id + "/statements", "{\"start\":" + mainText.indexOf("Ref ")
                + ",\"end\":" + mainText.length() + ",\"statementDate\":\"0001-01-01\"}", "If-Match", version), "statementDate");
        JsonObject statement = seed().getJsonArray("statements").getJsonObject(0);
        assertViolation(api().patchMerge("api/statements/" + statement.getJsonNumber("id").longValue(),
                "{\"statementDate\":\"0001-01-01\"}", "If-Match", "\"" + statement.getJsonNumber("version").longValue() + "\""),
                "statementDate");
        assertThat(api().get("api/articles/" + id).json().getString("publishedAt")).startsWith("2024-01-01");
    }

    @Test
    void a_nul_character_is_refused_by_every_write_and_lookup_naming_the_field_and_nothing_is_stored() {
        JsonObject article = seed();
        long id = article.getJsonNumber("id").longValue();
        String version = "\"" + article.getJsonNumber("version").longValue() + "\"";
        String nul = "\\u0000";   // as JSON escapes it
        assertViolation(api().patchMerge("api/articles/" + id, "{\"title\":\"Bad" + nul + "title\"}", "If-Match", version),
                "title");
        assertViolation(api().postJson("api/articles/" + id + "/statements", "{\"start\":0,\"end\":10,\"speaker\":\"A"
                + nul + "\"}", "If-Match", version), "speaker");
        assertViolation(api().postJson("api/articles/" + id + "/statements", "{\"start\":0,\"end\":10,\"topics\":[\"Trade\",\""
                + nul + "\"]}", "If-Match", version), "topics[1]");
        assertViolation(api().postJson("api/actors", "{\"canonicalName\":\"Nul" + nul + "Actor\"}"), "canonicalName");
        assertViolation(api().postJson("api/topics", "{\"label\":\"Nul" + nul + "Topic\"}"), "label");
        assertViolation(api().postJson("api/collections", "{\"title\":\"Nul" + nul + "\"}"), "title");
        assertViolation(api().postJson("api/saved-searches", "{\"name\":\"Nul" + nul + "\",\"query\":\"q=trade\"}"), "name");
        assertViolation(HttpApi.withBasic(baseUrl, ItAccounts.ADMIN, ItAccounts.adminPassword())
                .postJson("api/tokens", "{\"name\":\"Nul" + nul + "\"}"), "name");
        assertViolation(api().get("api/collections/nul%00slug"), "slug");
        assertViolation(api().get("api/search/statements?q=trade%00"), "q");
        assertProblem(api().post("api/topics/skos", "text/turtle", "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                + "<urn:nul> a skos:Concept ; skos:prefLabel \"Nul\\u0000\"@en .\n"), 400, "invalid-input");
        assertThat(api().get("api/articles/" + id).json().getString("title")).doesNotContain("\u0000");
        assertThat(api().get("api/actors?q=NulActor").json().getJsonNumber("total").longValue()).isZero();
    }

    @Test
    void a_nul_character_in_the_change_reason_header_is_refused_naming_the_header_and_nothing_is_stored() {
        Reply created = api().postJson("api/articles", "{\"title\":\"Reason header\",\"text\":\"The reason is stored, the"
                + " clerk said. Ref " + UUID.randomUUID() + ".\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject article = created.json();
        String path = "api/articles/" + article.getJsonNumber("id").longValue();
        LoopbackClient raw = new LoopbackClient(baseUrl, "127.0.0.1");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", api().authorization().orElseThrow());
        headers.put("Content-Type", "application/merge-patch+json");
        headers.put("If-Match", "\"" + article.getJsonNumber("version").longValue() + "\"");
        headers.put("X-Dictum-Reason", "typo\u0000fixed");

        RawReply refused = raw.send("PATCH", path, headers, "{\"title\":\"Reason with a NUL\"}");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("header 'X-Dictum-Reason' holds a NUL character")
                .contains("\"field\":\"X-Dictum-Reason\"");
        assertThat(api().get(path).json().getString("title")).isEqualTo(article.getString("title"));
        headers.put("X-Dictum-Reason", "typo fixed");
        RawReply accepted = raw.send("PATCH", path, headers, "{\"title\":\"Reason without a NUL\"}");
        assertThat(accepted.status()).as("the same request with a reason that can be stored: %s", accepted).isEqualTo(200);
    }

    @Test
    void bad_search_parameters_answer_400_naming_the_parameter() {
        assertViolation(api().get("api/search/statements?from=2022-13-01"), "from");
        assertViolation(api().get("api/search/statements?from=2022-02-01&to=2022-01-01"), "from");
        assertViolation(api().get("api/search/statements?page=0"), "page");
        assertViolation(api().get("api/search/statements?size=abc"), "size");
        assertViolation(api().get("api/search/statements?size=101"), "size");
        assertViolation(api().get("api/search/statements?size=-1"), "size");
        assertViolation(api().get("api/search/articles?sort=sideways"), "sort");
        assertViolation(api().get("api/search/statements?month=bogus"), "month");
        assertViolation(api().get("api/search/articles?month=2022-3"), "month");
        assertViolation(api().get("api/search/statements?distinct=maybe"), "distinct");
        assertViolation(api().get("api/actors?limit=abc"), "limit");   // a typed query parameter: 400 too, not 404
        assertViolation(api().get("api/imports?offset=x"), "offset");
        assertThat(api().get("api/search/statements?distinct=TRUE&month=2022-01").status()).isEqualTo(200);
    }

    private long articleCount() {
        Reply reply = api().get("api/search/articles?size=1");
        assertThat(reply.status()).isEqualTo(200);
        return reply.json().getJsonNumber("total").longValue();
    }

    private static void assertViolation(Reply reply, String field) {
        JsonObject problem = assertProblem(reply, 400, "invalid-input");
        assertThat(problem.getJsonArray("violations").getValuesAs(JsonObject.class))
                .extracting(v -> v.getString("field")).contains(field);
    }

    private static JsonObject assertProblem(Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
        JsonObject problem = reply.json();
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        if (type != null) {
            assertThat(problem.getString("type")).endsWith("/problems/" + type);
        }
        return problem;
    }
}
