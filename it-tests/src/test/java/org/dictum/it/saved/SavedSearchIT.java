package org.dictum.it.saved;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.DictumRest;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;
import org.dictum.it.support.ItAccounts;
import org.junit.jupiter.api.Test;

/**
 * Saved searches over REST: a researcher saves, renames, runs and deletes their own searches, and
 * freezes one, whose recorded results then come back exactly, in order, after new matching articles
 * are archived, with a withdrawn article shown as withdrawn rather than left out.
 */
class SavedSearchIT extends ClientSideIntegrationTest {

    @Test
    void a_frozen_search_answers_its_recorded_results_after_new_articles_arrive_and_shows_withdrawn_ones() {
        HttpApi admin = new HttpApi(baseUrl);
        HttpApi researcher = researcher(admin);
        String word = uniqueWord();
        List<Long> archived = List.of(archive(admin, word, 1), archive(admin, word, 2), archive(admin, word, 3));

        JsonObject created = save(researcher, "Frozen " + word, "statements", "q=" + word).json();
        List<Long> liveBefore = liveStatementIds(admin, word);
        assertThat(liveBefore).hasSize(3);

        Reply frozen = researcher.postJson("api/saved-searches/" + created.getJsonNumber("id") + "/freeze", "{}");
        assertThat(frozen.status()).as(frozen.toString()).isEqualTo(200);
        String publicId = frozen.json().getString("publicId");
        assertThat(frozen.json().getString("permalink")).as("absolute: relative to the answer's URL it led to a 404")
                .isEqualTo(baseUrl + "saved/" + publicId);
        assertThat(frozen.json().getString("search")).startsWith(baseUrl + "api/search/statements?q=" + word);
        assertThat(HttpApi.anonymous(baseUrl).get("api/saved/" + publicId).json().getString("permalink"))
                .isEqualTo(baseUrl + "saved/" + publicId);
        assertThat(frozen.json().getInt("recorded")).isEqualTo(3);
        assertThat(frozen.json().getJsonNumber("frozenTotal").longValue()).isEqualTo(3);

        archive(admin, word, 4);
        archive(admin, word, 5);
        assertThat(liveStatementIds(admin, word)).hasSize(5);

        JsonObject results = HttpApi.anonymous(baseUrl).get("api/saved/" + publicId + "/results?size=10").json();
        assertThat(idsOf(results)).containsExactlyElementsOf(liveBefore);
        assertThat(statusesOf(results)).containsOnly("available");
        assertThat(results.getInt("recorded")).isEqualTo(3);

        long withdrawnArticle = archived.get(0);
        String etag = admin.get("api/articles/" + withdrawnArticle).header("ETag").orElseThrow();
        Reply withdrawal = admin.postJson("api/articles/" + withdrawnArticle + "/withdraw", "{\"reason\":\"saved search IT\"}",
                "If-Match", etag);
        assertThat(withdrawal.status()).as(withdrawal.toString()).isEqualTo(200);

        JsonObject afterWithdrawal = researcher.get("api/saved-searches/" + created.getJsonNumber("id") + "/results?size=10").json();
        assertThat(idsOf(afterWithdrawal)).containsExactlyElementsOf(liveBefore);
        for (JsonValue value : afterWithdrawal.getJsonArray("results")) {
            JsonObject result = value.asJsonObject();
            long article = result.getJsonObject("statement").getJsonObject("article").getJsonNumber("id").longValue();
            assertThat(result.getString("status")).as(result.toString())
                    .isEqualTo(article == withdrawnArticle ? "withdrawn" : "available");
        }
        assertThat(liveStatementIds(admin, word)).hasSize(4);
    }

    @Test
    void a_frozen_search_is_cited_with_its_permalink_and_date_and_can_no_longer_change() {
        HttpApi admin = new HttpApi(baseUrl);
        HttpApi researcher = researcher(admin);
        String word = uniqueWord();
        archive(admin, word, 1);
        long id = save(researcher, "Cited {search} & co " + word, "articles", "q=" + word).json().getJsonNumber("id").longValue();
        Reply frozen = researcher.postEmpty("api/saved-searches/" + id + "/freeze");
        assertThat(frozen.status()).as("the docs say: body {version?} or none: %s", frozen).isEqualTo(200);
        String publicId = frozen.json().getString("publicId");
        String permalink = baseUrl.toString() + "saved/" + publicId;

        Reply text = HttpApi.anonymous(baseUrl).get("api/saved/" + publicId + "/citation");
        assertThat(text.status()).isEqualTo(200);
        assertThat(text.contentType()).startsWith("text/plain");
        assertThat(text.body()).contains("Cited {search} & co " + word, permalink, "[Data set]", "1 of 1 results recorded");
        Reply bibtex = HttpApi.anonymous(baseUrl).get("api/saved/" + publicId + "/citation?format=bibtex");
        assertThat(bibtex.body()).startsWith("@misc{dictum-").contains("url = {" + permalink + "}",
                "title = {Cited \\textbraceleft{}search\\textbraceright{} \\& co " + word + "}");
        assertThat(HttpApi.anonymous(baseUrl).get("api/saved/" + publicId + "/citation?format=ris").body())
                .startsWith("TY  - DATA").contains("UR  - " + permalink);
        JsonArray csl = Json.createReader(new StringReader(
                HttpApi.anonymous(baseUrl).get("api/saved/" + publicId + "/citation?format=csl-json").body())).readArray();
        assertThat(csl.getJsonObject(0).getString("URL")).isEqualTo(permalink);
        assertThat(csl.getJsonObject(0).getString("type")).isEqualTo("dataset");
        assertProblem(HttpApi.anonymous(baseUrl).get("api/saved/" + publicId + "/citation?format=mla"), 400);

        JsonObject articleResults = HttpApi.anonymous(baseUrl).get("api/saved/" + publicId + "/results").json();
        assertThat(articleResults.getJsonArray("results").getJsonObject(0).getJsonObject("article").getString("title"))
                .isEqualTo("Saved search IT " + word + " 1");

        assertProblem(researcher.postJson("api/saved-searches/" + id + "/freeze", "{}"), 409);
        assertProblem(researcher.putJson("api/saved-searches/" + id + "/name", "{\"name\":\"Renamed\"}"), 409);
        assertProblem(researcher.delete("api/saved-searches/" + id), 409);
        assertProblem(HttpApi.anonymous(baseUrl).get("api/saved/" + UUID.randomUUID()), 404);
    }

    @Test
    void saved_searches_are_stored_canonically_private_to_their_owner_and_versioned() {
        HttpApi admin = new HttpApi(baseUrl);
        HttpApi owner = researcher(admin);
        HttpApi other = researcher(admin);
        Reply created = save(owner, "Canonical", null, "?actor=Zeta&q=talks&actor=Alpha&page=3&interval=week");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject entry = created.json();
        long id = entry.getJsonNumber("id").longValue();
        assertThat(created.location()).endsWith("/api/saved-searches/" + id);
        assertThat(entry.getString("query")).isEqualTo("q=talks&actor=Alpha&actor=Zeta&sort=relevance");
        assertThat(entry.getString("target")).isEqualTo("statements");
        assertThat(entry.getBoolean("frozen")).isFalse();

        assertThat(owner.get("api/saved-searches").jsonArray().stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()))
                .contains(id);
        assertThat(other.get("api/saved-searches").jsonArray()).isEmpty();
        assertProblem(other.get("api/saved-searches/" + id), 404);
        assertProblem(other.delete("api/saved-searches/" + id), 404);

        Reply read = owner.get("api/saved-searches/" + id);
        assertThat(read.header("ETag")).contains("\"0\"");
        Reply stale = owner.putJson("api/saved-searches/" + id + "/name", "{\"name\":\"Renamed\",\"version\":7}");
        assertProblem(stale, 409);
        Reply renamed = owner.putJson("api/saved-searches/" + id + "/name", "{\"name\":\"Renamed\",\"version\":0}");
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().getString("name")).isEqualTo("Renamed");
        assertThat(renamed.json().getJsonNumber("version").longValue()).as("the version stored").isEqualTo(1);
        assertThat(owner.get("api/saved-searches/" + id).header("ETag")).contains("\"1\"");
        Reply again = owner.putJson("api/saved-searches/" + id + "/name", "{\"name\":\"Renamed again\",\"version\":1}");
        assertThat(again.status()).as(again.toString()).isEqualTo(200);

        assertThat(again.header("ETag")).as("a rename answers the version it stored as ETag").contains("\"2\"");
        Reply saved = save(owner, "Tagged", null, "q=talks");
        assertThat(saved.header("ETag")).as("a new saved search answers its version as ETag").contains("\"0\"");
        Reply frozen = owner.postEmpty("api/saved-searches/" + saved.json().getJsonNumber("id") + "/freeze",
                "If-Match", saved.header("ETag").orElseThrow());
        assertThat(frozen.status()).as(frozen.toString()).isEqualTo(200);
        assertThat(frozen.header("ETag")).as("a freeze answers the version it stored as ETag")
                .contains("\"" + frozen.json().getJsonNumber("version") + "\"");
        assertThat(frozen.header("ETag")).as("the version the freeze stored, which a GET then answers, not the one before it")
                .isEqualTo(owner.get("api/saved-searches/" + saved.json().getJsonNumber("id")).header("ETag"))
                .contains("\"1\"");

        Reply run = owner.get("api/saved-searches/" + id + "/results?page=2&size=5");
        assertThat(run.status()).isEqualTo(303);
        assertThat(run.location()).isEqualTo(baseUrl + "api/search/statements?q=talks&actor=Alpha&actor=Zeta&sort=relevance&page=2&size=5");

        assertThat(owner.delete("api/saved-searches/" + id).status()).isEqualTo(204);
        assertProblem(owner.get("api/saved-searches/" + id), 404);
    }

    @Test
    void malformed_searches_and_missing_credentials_are_refused_with_problem_details() {
        HttpApi researcher = researcher(new HttpApi(baseUrl));
        Reply syntax = save(researcher, "Broken", "statements", "q=" + URLEncoder.encode("(talks AND", StandardCharsets.UTF_8));
        assertProblem(syntax, 400);
        assertThat(syntax.json().getString("type")).endsWith("query-syntax");
        assertThat(syntax.json().getJsonArray("violations").getJsonObject(0).getString("field"))
                .as("the body member that held the query, as for other faults of it").isEqualTo("query");
        assertThat(syntax.json().getString("detail")).startsWith("Query syntax error in the q of query at position ");
        Reply unknown = save(researcher, "Unknown", "statements", "colour=red");
        assertProblem(unknown, 400);
        assertThat(unknown.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("query");
        assertProblem(save(researcher, "Tweets", "tweets", "q=talks"), 400);
        Reply blank = save(researcher, " ", "statements", "q=talks");
        assertProblem(blank, 400);
        assertThat(blank.json().getJsonArray("violations").getJsonObject(0).getString("field")).contains("name");
        assertProblem(save(HttpApi.anonymous(baseUrl), "Anonymous", "statements", "q=talks"), 401);
    }

    private HttpApi researcher(HttpApi admin) {
        String name = ItAccounts.createUser(admin, "saver", "researcher");
        return HttpApi.withToken(baseUrl, admin.issueToken(name, ItAccounts.PASSWORD, "saved searches", "read", "write"));
    }

    private static Reply save(HttpApi client, String name, String target, String query) {
        var body = Json.createObjectBuilder().add("name", name).add("query", query);
        if (target != null) {
            body.add("target", target);
        }
        return client.postJson("api/saved-searches", body.build().toString());
    }

    /** Archives an article whose one statement contains {@code word}; its id. */
    private static long archive(HttpApi admin, String word, int n) {
        Reply reply = admin.postJson("api/articles", Json.createObjectBuilder()
                .add("title", "Saved search IT " + word + " " + n)
                .add("publishedAt", "2022-01-0" + n)
                .add("text", "Talks about " + word + " will resume next week, the minister said on Saturday. Item " + n + ".")
                .build().toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().getJsonArray("statements")).as(reply.toString()).isNotEmpty();
        return reply.json().getJsonNumber("id").longValue();
    }

    private static List<Long> liveStatementIds(HttpApi client, String word) {
        JsonObject page = client.get("api/search/statements?q=" + word + "&size=100").json();
        return page.getJsonArray("hits").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static List<Long> idsOf(JsonObject results) {
        return results.getJsonArray("results").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static List<String> statusesOf(JsonObject results) {
        return results.getJsonArray("results").stream().map(v -> v.asJsonObject().getString("status")).toList();
    }

    private static void assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.toString()).startsWith(DictumRest.PROBLEM_JSON);
    }

    /** Lower-case letters only, so that the analyzer keeps it one token. */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        UUID.randomUUID().toString().replace("-", "").chars().limit(10).forEach(c -> word.append((char) ('a' + c % 26)));
        return word.toString();
    }
}
