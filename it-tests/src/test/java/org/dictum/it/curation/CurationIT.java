package org.dictum.it.curation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;
import org.dictum.it.support.ItAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Verifying, correcting, rejecting and adding statements, withdrawing and restoring articles and
 * re-running extraction, as the ITs' administrator: status codes, problem+json, provenance, and
 * search totals and facets right after each change. Each test archives an article of its own under
 * a source of its own, so that its searches see only that article.
 */
class CurationIT extends ClientSideIntegrationTest {

    private static final String TEXT = "Talks will resume next week, the minister said on Saturday. "
            + "The troops will stay where they are, the general said. Prices will keep rising, the banker said.";

    private HttpApi api;
    private String source;

    @BeforeEach
    void client() {
        api = new HttpApi(baseUrl);
        source = "Curation Wire " + UUID.randomUUID();
    }

    private JsonObject archive() {
        Reply reply = api.postJson("api/articles", Json.createObjectBuilder()
                .add("title", "Curation " + source).add("source", source).add("publishedAt", "2022-01-09")
                .add("language", "en").add("actors", Json.createArrayBuilder().add("Curation Minister " + source))
                .add("text", TEXT + " Ref " + source + ".").build().toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().getJsonArray("statements")).as(reply.body()).hasSizeGreaterThanOrEqualTo(3);
        return reply.json();
    }

    private static JsonObject statement(JsonObject article, int index) {
        return article.getJsonArray("statements").getJsonObject(index);
    }

    private static String etag(JsonObject record) {
        return "\"" + record.getJsonNumber("version").longValue() + "\"";
    }

    private Reply post(String path, String json, String ifMatch) {
        return api.postJson(path, json, "If-Match", ifMatch);
    }

    private JsonObject search(String type, String extra) {
        Reply reply = HttpApi.anonymous(baseUrl).get("api/search/" + type + "?size=20&source="
                + URLEncoder.encode(source, StandardCharsets.UTF_8) + extra);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    /** A search by query only: facets list every value with a count, none is selected. */
    private JsonObject unfiltered(String type, String query) {
        Reply reply = HttpApi.anonymous(baseUrl).get("api/search/" + type + "?size=0&q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static Map<String, Long> facet(JsonObject result, String name) {
        Map<String, Long> counts = new LinkedHashMap<>();
        result.getJsonObject("facets").getJsonArray(name).getValuesAs(JsonObject.class)
                .forEach(v -> counts.put(v.getString("value"), v.getJsonNumber("count").longValue()));
        return counts;
    }

    private JsonObject get(String path) {
        Reply reply = api.get(path);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void verifying_records_the_librarian_and_needs_the_current_version() {
        JsonObject article = archive();
        JsonObject s = statement(article, 0);
        String path = "api/statements/" + s.getJsonNumber("id").longValue() + "/verify";

        Reply missing = api.postJson(path, "{}");
        assertThat(missing.status()).as(missing.toString()).isEqualTo(428);
        Reply verified = post(path, "{\"reason\":\"checked against the recording\"}", etag(s));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.json().getString("status")).isEqualTo("VERIFIED");
        assertThat(verified.json().getString("curatedBy")).isEqualTo(ItAccounts.ADMIN);
        assertThat(verified.json().getString("origin")).isEqualTo("EXTRACTOR");
        assertThat(verified.json().getString("extractorVersion")).isNotBlank();
        assertThat(verified.header("ETag")).contains(etag(verified.json()));

        Reply stale = post(path, "{}", etag(s));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(api.postJson("api/statements/987654321/verify", "{\"version\":0}").status()).isEqualTo(404);
        JsonObject found = search("statements", "");
        assertThat(found.getInt("total")).isEqualTo(article.getJsonArray("statements").size());
        assertThat(found.getJsonArray("hits").getValuesAs(JsonObject.class))
                .filteredOn(hit -> hit.getJsonNumber("id").longValue() == s.getJsonNumber("id").longValue())
                .singleElement().satisfies(hit -> assertThat(hit.getString("status")).isEqualTo("VERIFIED"));
    }

    @Test
    void a_statement_reads_the_same_at_each_read_of_one_version() {
        JsonObject s = statement(archive(), 0);
        String path = "api/statements/" + s.getJsonNumber("id").longValue();
        assertThat(s.getJsonArray("topics")).as("more than one topic, whose order could vary").hasSizeGreaterThan(1);
        Reply first = api.get(path);
        for (int read = 0; read < 10; read++) {
            Reply again = api.get(path);
            assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
            assertThat(again.body()).as("the same ETag tags the same representation").isEqualTo(first.body());
        }
        assertThat(first.json().getJsonArray("topics").getValuesAs(JsonString::getString)).isSorted();
    }

    @Test
    void curation_steps_take_version_and_reason_as_headers_without_a_body() {
        JsonObject article = archive();
        long id = article.getJsonNumber("id").longValue();
        JsonObject first = statement(article, 0);
        JsonObject second = statement(article, 1);

        Reply verified = api.postEmpty("api/statements/" + first.getJsonNumber("id") + "/verify", "If-Match", etag(first));
        assertThat(verified.status()).as("If-Match says it all, no body is needed: %s", verified).isEqualTo(200);
        Reply rejected = api.postEmpty("api/statements/" + second.getJsonNumber("id") + "/reject", "If-Match", etag(second),
                "X-Dictum-Reason", "an opinion of the writer");
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(rejected.json().getString("rejectionReason")).isEqualTo("an opinion of the writer");
        Reply withdrawn = api.postEmpty("api/articles/" + id + "/withdraw", "If-Match", etag(get("api/articles/" + id)),
                "X-Dictum-Reason", "published in error");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        Reply restored = api.postEmpty("api/articles/" + id + "/restore", "If-Match", etag(withdrawn.json()));
        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        Reply rerun = api.postEmpty("api/articles/" + id + "/reextract", "If-Match", etag(restored.json()));
        assertThat(rerun.status()).as(rerun.toString()).isEqualTo(200);
        assertThat(rerun.header("ETag")).as("a re-extraction answers the article's new version as ETag, as withdraw and restore do")
                .contains(etag(rerun.json().getJsonObject("article")));
        assertThat(api.get("api/articles/" + id).header("ETag")).isEqualTo(rerun.header("ETag"));
        Reply unversioned = api.postEmpty("api/statements/" + first.getJsonNumber("id") + "/verify");
        assertThat(unversioned.status()).as("no body and no If-Match names no version: %s", unversioned).isEqualTo(428);
    }

    @Test
    void an_empty_body_sent_as_json_counts_as_no_body() {
        JsonObject article = archive();
        JsonObject first = statement(article, 0);
        String statement = "api/statements/" + first.getJsonNumber("id");

        Reply verified = api.postJson(statement + "/verify", "", "If-Match", etag(first), "X-Dictum-Reason", "as sourced");
        assertThat(verified.status()).as("Content-Type: application/json on an empty body, as many clients send it: %s", verified)
                .isEqualTo(200);
        assertThat(verified.json().getString("status")).isEqualTo("VERIFIED");
        Reply patched = api.patchMerge(statement, "", "If-Match", verified.header("ETag").orElseThrow());
        assertThat(patched.status()).as(patched.toString()).isEqualTo(400);
        assertThat(patched.json().getString("type")).isEqualTo("https://dictum.org/problems/invalid-input");
        assertThat(patched.json().getString("detail")).isEqualTo("A request body is required");
    }

    @Test
    void curating_a_statement_changes_the_etag_of_the_article_that_shows_it() {
        JsonObject article = archive();
        String path = "api/articles/" + article.getJsonNumber("id").longValue();
        String read = api.get(path).header("ETag").orElseThrow();
        JsonObject first = statement(article, 0);
        JsonObject second = statement(article, 1);
        JsonObject third = statement(article, 2);

        assertThat(post("api/statements/" + first.getJsonNumber("id") + "/verify", "{}", etag(first)).status()).isEqualTo(200);
        String verified = api.get(path).header("ETag").orElseThrow();
        assertThat(verified).as("the article shows the statement verified").isNotEqualTo(read);
        assertThat(api.patchMerge("api/statements/" + third.getJsonNumber("id"), "{\"cue\":\"stated\"}", "If-Match", etag(third))
                .status()).isEqualTo(200);
        String corrected = api.get(path).header("ETag").orElseThrow();
        assertThat(corrected).as("the article shows the statement corrected").isNotEqualTo(verified);
        assertThat(post("api/statements/" + second.getJsonNumber("id") + "/reject", "{\"reason\":\"opinion\"}", etag(second))
                .status()).isEqualTo(200);
        Reply now = api.get(path);
        assertThat(now.header("ETag")).as("the article shows the statement rejected").isPresent().get().isNotEqualTo(corrected);
        assertThat(now.header("ETag")).contains(etag(now.json()));

        Reply stale = api.patchMerge(path, "{\"title\":\"Stale\"}", "If-Match", read);
        assertThat(stale.status()).as("based on a representation that has changed since: %s", stale).isEqualTo(409);
    }

    @Test
    void a_weak_entity_tag_in_if_match_fails_the_precondition_and_changes_nothing() {
        JsonObject article = archive();
        JsonObject s = statement(article, 0);
        long id = s.getJsonNumber("id").longValue();
        String weak = "W/" + etag(s);

        Reply verify = post("api/statements/" + id + "/verify", "{\"reason\":\"checked\"}", weak);
        assertThat(verify.status()).as(verify.toString()).isEqualTo(412);
        assertThat(verify.contentType()).startsWith("application/problem+json");
        assertThat(verify.json().getString("type")).endsWith("/precondition-failed");
        assertThat(verify.json().getString("detail")).contains(weak).contains("weak");
        assertThat(verify.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("If-Match");
        Reply correct = api.patchMerge("api/statements/" + id, "{\"cue\":\"stated\"}", "If-Match", weak);
        assertThat(correct.status()).as(correct.toString()).isEqualTo(412);
        Reply metadata = api.patchMerge("api/articles/" + article.getJsonNumber("id").longValue(),
                "{\"title\":\"Weak\"}", "If-Match", "W/" + etag(article));
        assertThat(metadata.status()).as(metadata.toString()).isEqualTo(412);
        JsonObject unchanged = get("api/statements/" + id);
        assertThat(unchanged.getString("status")).isEqualTo(s.getString("status"));
        assertThat(unchanged.getJsonNumber("version").longValue()).isEqualTo(s.getJsonNumber("version").longValue());
        assertThat(get("api/articles/" + article.getJsonNumber("id").longValue()).getString("title"))
                .isEqualTo(article.getString("title"));
    }

    @Test
    void a_rejected_statement_leaves_search_and_its_facets_at_once() {
        JsonObject article = archive();
        int statements = article.getJsonArray("statements").size();
        JsonObject s = statement(article, 1);
        String path = "api/statements/" + s.getJsonNumber("id").longValue() + "/reject";
        assertThat(facet(search("statements", ""), "source")).containsEntry(source, (long) statements);

        Reply noReason = post(path, "{}", etag(s));
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(noReason.contentType()).startsWith("application/problem+json");
        Reply rejected = post(path, "{\"reason\":\"an opinion of the writer, not a statement\"}", etag(s));

        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(rejected.json().getString("status")).isEqualTo("REJECTED");
        assertThat(rejected.json().getString("rejectionReason")).isEqualTo("an opinion of the writer, not a statement");
        JsonObject after = search("statements", "");
        assertThat(after.getInt("total")).isEqualTo(statements - 1);
        assertThat(facet(after, "source")).containsEntry(source, (long) statements - 1);
        assertThat(after.getJsonArray("hits").getValuesAs(JsonObject.class))
                .extracting(h -> h.getJsonNumber("id").longValue()).doesNotContain(s.getJsonNumber("id").longValue());
        assertThat(search("statements", "&q=" + URLEncoder.encode("\"troops will stay\"", StandardCharsets.UTF_8))
                .getInt("total")).isZero();
        assertThat(get("api/statements/" + s.getJsonNumber("id").longValue()).getString("status")).isEqualTo("REJECTED");
    }

    @Test
    void a_correction_changes_speaker_cue_and_span_and_search_follows() {
        JsonObject article = archive();
        JsonObject s = statement(article, 0);
        long id = s.getJsonNumber("id").longValue();
        String mainText = article.getString("mainText");
        int start = mainText.indexOf("Talks will resume");
        int end = start + "Talks will resume".length();
        String actor = "Curation Minister " + source;

        Reply outside = api.patchMerge("api/statements/" + id, "{\"start\":0,\"end\":" + (mainText.length() + 5) + "}",
                "If-Match", etag(s));
        assertThat(outside.status()).as(outside.toString()).isEqualTo(400);
        assertThat(outside.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("end");
        Reply unknownActor = api.patchMerge("api/statements/" + id, "{\"speakerActor\":\"Nobody " + source + "\"}",
                "If-Match", etag(s));
        assertThat(unknownActor.status()).as(unknownActor.toString()).isEqualTo(400);
        Reply typo = api.patchMerge("api/statements/" + id, "{\"statementDate\":\"2022-01-18\"}", "If-Match", etag(s));
        assertThat(typo.status()).as(typo.toString()).isEqualTo(400);
        Reply typoOnStale = api.patchMerge("api/statements/" + id, "{\"statementDate\":\"2022-01-18\"}", "If-Match", "\"99\"");
        assertThat(typoOnStale.status()).as("a bad field is 400 before a stale version's 409: " + typoOnStale).isEqualTo(400);
        Reply pastTheTextOnStale = api.patchMerge("api/statements/" + id, "{\"end\":100000}", "If-Match", "\"99\"");
        assertThat(pastTheTextOnStale.status()).as(pastTheTextOnStale.toString()).isEqualTo(400);
        assertThat(typo.json().getJsonArray("violations").getJsonObject(0).getString("message"))
                .isEqualTo("statementDate 2022-01-18 is after the article's publication day, 2022-01-09:"
                        + " a statement is dated on or before the day it is reported");
        Reply corrected = api.patchMerge("api/statements/" + id, Json.createObjectBuilder()
                .add("speaker", "the foreign minister").add("speakerActor", actor).add("cue", "announced")
                .add("start", start).add("end", end).add("statementDate", "2022-01-08")
                .add("reason", "speaker named in the video").build().toString(), "If-Match", etag(s));

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertCorrected(corrected.json(), actor);
        JsonObject after = search("statements", "");
        assertThat(facet(after, "speaker")).containsEntry(actor, 1L);
        JsonObject announced = search("statements", "&q=cue:announced");
        assertThat(announced.getInt("total")).isEqualTo(1);
        JsonObject hit = announced.getJsonArray("hits").getJsonObject(0);
        assertThat(hit.getJsonNumber("id").longValue()).isEqualTo(id);
        assertCorrected(hit, actor);
        assertThat(hit.getBoolean("statementDateInferred")).isFalse();
        assertThat(hit.getJsonObject("article").getJsonNumber("id").longValue()).isEqualTo(article.getJsonNumber("id").longValue());
        assertThat(search("statements", "&q=" + URLEncoder.encode("\"next week\"", StandardCharsets.UTF_8)).getInt("total"))
                .as("the old span's words are no longer the statement's content").isZero();
    }

    @Test
    void a_correction_naming_a_merged_actor_or_topic_links_the_survivor_as_ingestion_does() {
        JsonObject article = archive();
        JsonObject s = statement(article, 1);
        long id = s.getJsonNumber("id").longValue();
        String merged = "Curation Envoy " + source;
        String survivor = "Curation Ambassador " + source;
        long mergedId = created("api/actors", "{\"canonicalName\":\"" + merged + "\",\"type\":\"person\"}");
        long survivorId = created("api/actors", "{\"canonicalName\":\"" + survivor + "\",\"type\":\"person\"}");
        assertThat(api.postJson("api/actors/" + mergedId + "/merge", "{\"into\":" + survivorId + "}").status()).isEqualTo(200);
        String mergedTopic = "Curation Trade " + source;
        String survivingTopic = "Curation Commerce " + source;
        long mergedTopicId = created("api/topics", "{\"label\":\"" + mergedTopic + "\"}");
        long survivingTopicId = created("api/topics", "{\"label\":\"" + survivingTopic + "\"}");
        assertThat(api.postJson("api/topics/" + mergedTopicId + "/merge", "{\"into\":" + survivingTopicId + "}").status()).isEqualTo(200);

        Reply corrected = api.patchMerge("api/statements/" + id, Json.createObjectBuilder()
                .add("speakerActor", merged).add("mentionedActors", Json.createArrayBuilder().add(merged))
                .add("topics", Json.createArrayBuilder().add(mergedTopic)).build().toString(), "If-Match", etag(s));

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().getString("speakerActor")).isEqualTo(survivor);
        assertThat(corrected.json().getJsonArray("mentionedActors").getString(0)).isEqualTo(survivor);
        assertThat(corrected.json().getJsonArray("mentionedActors")).hasSize(1);
        assertThat(corrected.json().getJsonArray("topics").getString(0)).isEqualTo(survivingTopic);
        JsonObject after = search("statements", "");
        assertThat(facet(after, "speaker")).containsEntry(survivor, 1L).doesNotContainKey(merged);
        assertThat(facet(after, "actor")).containsEntry(survivor, 1L).doesNotContainKey(merged);
        JsonObject byMergedName = search("statements", "&actor=" + URLEncoder.encode(merged, StandardCharsets.UTF_8));
        assertThat(byMergedName.getJsonArray("hits").getValuesAs(JsonObject.class))
                .extracting(hit -> hit.getJsonNumber("id").longValue()).containsExactly(id);
    }

    private long created(String path, String json) {
        Reply reply = api.postJson(path, json);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    /** The correction of {@link #a_correction_changes_speaker_cue_and_span_and_search_follows}, as the answer or a hit shows it. */
    private static void assertCorrected(JsonObject statement, String actor) {
        assertThat(statement.getString("status")).isEqualTo("CORRECTED");
        assertThat(statement.getString("content")).isEqualTo("Talks will resume");
        assertThat(statement.getString("speaker")).isEqualTo("the foreign minister");
        assertThat(statement.getString("speakerActor")).isEqualTo(actor);
        assertThat(statement.getString("cue")).isEqualTo("announced");
        assertThat(statement.getString("statementDate")).isEqualTo("2022-01-08");
    }

    @Test
    void a_corrected_publication_date_dates_the_statements_again() {
        JsonObject article = archive();
        long id = article.getJsonNumber("id").longValue();
        assertThat(statementDates(article)).as("'said on Saturday' against Sunday 2022-01-09, and two undated")
                .containsExactly("2022-01-08 stated", "2022-01-09 inferred", "2022-01-09 inferred");

        Reply corrected = api.patchMerge("api/articles/" + id, "{\"publishedAt\":\"2022-04-20\",\"reason\":\"print edition\"}",
                "If-Match", etag(article));

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(statementDates(corrected.json())).as("Saturday before Wednesday 2022-04-20")
                .containsExactly("2022-04-16 stated", "2022-04-20 inferred", "2022-04-20 inferred");
        assertThat(search("statements", "&from=2022-04-01&to=2022-04-30").getInt("total")).isEqualTo(3);
        Reply implausibleAndStale = api.patchMerge("api/articles/" + id, "{\"publishedAt\":\"3022-04-20\"}", "If-Match", etag(article));
        assertThat(implausibleAndStale.status()).as("a bad field is 400 before a stale version's 409: " + implausibleAndStale)
                .isEqualTo(400);
        assertThat(implausibleAndStale.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("publishedAt");
        assertThat(search("statements", "&from=2022-01-01&to=2022-01-31").getInt("total")).isZero();
    }

    @Test
    void relative_dates_resolve_against_the_day_where_the_article_was_published() {
        Reply posted = api.postJson("api/articles", Json.createObjectBuilder().add("source", source)
                .add("publishedAt", "2022-01-09T20:00:00-05:00").add("language", "en")
                .add("text", "Talks will resume next week, the minister said yesterday. Ref " + source + ".").build().toString());
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        JsonObject article = posted.json();
        assertThat(article.getString("publishedAt")).as("as given").isEqualTo("2022-01-09T20:00:00-05:00");
        assertThat(statementDates(article)).as("yesterday in New York, not in UTC (already the 10th)")
                .containsExactly("2022-01-08 stated");

        Reply utc = api.patchMerge("api/articles/" + article.getJsonNumber("id").longValue(),
                "{\"publishedAt\":\"2022-01-10T01:00:00Z\",\"reason\":\"the wire's UTC time\"}", "If-Match", etag(article));

        assertThat(utc.status()).as(utc.toString()).isEqualTo(200);
        assertThat(utc.json().getJsonNumber("version").longValue()).isGreaterThan(article.getJsonNumber("version").longValue());
        assertThat(utc.json().getString("publishedAt")).isEqualTo("2022-01-10T01:00:00Z");
        assertThat(statementDates(utc.json())).as("the same instant, another day").containsExactly("2022-01-09 stated");
        JsonObject hit = search("statements", "").getJsonArray("hits").getJsonObject(0);
        assertThat(hit.getJsonObject("article").getString("publishedAt")).isEqualTo("2022-01-10T01:00:00Z");
        assertThat(hit.getString("statementDate")).isEqualTo("2022-01-09");
    }

    @Test
    void a_correction_that_changes_nothing_stores_nothing_and_an_untouched_date_keeps_following_the_publication_day() {
        JsonObject article = archive();
        JsonObject undated = article.getJsonArray("statements").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getBoolean("statementDateInferred")).findFirst().orElseThrow();
        long id = undated.getJsonNumber("id").longValue();

        Reply nothing = api.patchMerge("api/statements/" + id, "{}", "If-Match", etag(undated));
        assertThat(nothing.status()).as(nothing.toString()).isEqualTo(200);
        assertThat(nothing.json().getJsonNumber("version").longValue()).isEqualTo(undated.getJsonNumber("version").longValue());
        assertThat(nothing.json().getString("status")).isEqualTo(undated.getString("status"));

        Reply cue = api.patchMerge("api/statements/" + id, "{\"cue\":\"stated\",\"reason\":\"cue\"}", "If-Match", etag(undated));
        assertThat(cue.status()).as(cue.toString()).isEqualTo(200);
        assertThat(cue.json().getBoolean("statementDateInferred")).as("the date was not touched").isTrue();
        JsonObject current = get("api/articles/" + article.getJsonNumber("id").longValue());
        Reply redated = api.patchMerge("api/articles/" + article.getJsonNumber("id").longValue(),
                "{\"publishedAt\":\"2022-04-20\",\"reason\":\"print edition\"}", "If-Match", etag(current));
        assertThat(redated.status()).as(redated.toString()).isEqualTo(200);
        assertThat(get("api/statements/" + id).getString("statementDate")).as("still follows the publication day")
                .isEqualTo("2022-04-20");
    }

    private static List<String> statementDates(JsonObject article) {
        return article.getJsonArray("statements").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("statementDate") + (s.getBoolean("statementDateInferred") ? " inferred" : " stated")).toList();
    }

    @Test
    void a_librarian_adds_a_statement_the_extractor_missed() {
        JsonObject article = archive();
        int statements = article.getJsonArray("statements").size();
        long articleId = article.getJsonNumber("id").longValue();
        String mainText = article.getString("mainText");
        int start = mainText.indexOf("Ref ");
        String path = "api/articles/" + articleId + "/statements";

        Reply invalid = post(path, "{\"start\":" + start + ",\"end\":" + (mainText.length() + 1) + "}", etag(article));
        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(400);
        Reply backwards = post(path, "{\"start\":10,\"end\":5}", etag(article));
        assertThat(backwards.status()).as(backwards.toString()).isEqualTo(400);
        assertThat(post("api/articles/987654321/statements", "{\"start\":0,\"end\":1}", "\"0\"").status()).isEqualTo(404);
        Reply future = post(path, "{\"start\":" + start + ",\"end\":" + mainText.length() + ",\"statementDate\":\"2022-01-11\"}",
                etag(article));
        assertThat(future.status()).as("two days after the publication day: " + future).isEqualTo(400);
        assertThat(future.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("statementDate");
        String body = Json.createObjectBuilder().add("start", start).add("end", mainText.length())
                .add("speaker", "the editor").add("cue", "noted").add("kind", "DIRECT_QUOTE")
                .add("reason", "missed by the extractor").build().toString();
        Reply added = post(path, body, etag(article));
        Reply twice = post(path, body, etag(article));
        assertThat(twice.status()).as("the same span again: " + twice).isEqualTo(409);
        for (String implausible : List.of("3022-01-08", "2022-01-11", "yesterday")) {
            String taken = Json.createObjectBuilder().add("start", start).add("end", mainText.length())
                    .add("statementDate", implausible).build().toString();
            Reply invalidFirst = post(path, taken, etag(get("api/articles/" + articleId)));
            assertThat(invalidFirst.status()).as("a bad field on a taken span is 400 before 409: " + invalidFirst).isEqualTo(400);
            assertThat(invalidFirst.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("statementDate");
            assertThat(post(path, taken, etag(article)).status()).as("and on a stale version").isEqualTo(400);
        }
        Reply unknownActor = post(path, Json.createObjectBuilder().add("start", start).add("end", mainText.length())
                .add("speakerActor", "Nobody " + source).build().toString(), etag(article));
        assertThat(unknownActor.status()).as(unknownActor.toString()).isEqualTo(400);
        String other = Json.createObjectBuilder().add("start", 0).add("end", start - 1).add("reason", "another").build().toString();
        Reply stale = post(path, other, etag(article));
        assertThat(stale.status()).as("another add based on the version the first one changed: " + stale).isEqualTo(409);
        JsonObject current = get("api/articles/" + articleId);
        assertThat(current.getJsonNumber("version").longValue()).isGreaterThan(article.getJsonNumber("version").longValue());
        assertThat(post(path, other, etag(current)).status()).as("based on the current version").isEqualTo(201);
        statements++;

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.location()).endsWith("/api/statements/" + added.json().getJsonNumber("id").longValue());
        assertThat(added.header("ETag")).as("the ETag of a 201 tags what Location names: the statement")
                .isEqualTo(api.get(added.location()).header("ETag")).contains(etag(added.json()));
        assertThat(added.json().getString("status")).isEqualTo("ADDED");
        assertThat(added.json().getString("origin")).isEqualTo("LIBRARIAN");
        assertThat(added.json().getString("createdBy")).isEqualTo(ItAccounts.ADMIN);
        assertThat(added.json().getString("content")).startsWith("Ref Curation Wire");
        assertThat(added.json().getString("statementDate")).as("no date given: the publication day").isEqualTo("2022-01-09");
        assertThat(added.json().getBoolean("statementDateInferred")).isTrue();
        JsonObject after = search("statements", "");
        assertThat(after.getInt("total")).isEqualTo(statements + 1);
        assertThat(facet(after, "source")).containsEntry(source, (long) statements + 1);
        assertThat(search("statements", "&q=cue:noted").getInt("total")).isEqualTo(1);
    }

    @Test
    void reasons_and_provenance_are_escaped_on_the_article_page() {
        JsonObject article = archive();
        long id = article.getJsonNumber("id").longValue();
        JsonObject s = statement(article, 0);
        String payload = "<script>alert('reject')</script><b>bold</b>";
        assertThat(post("api/statements/" + s.getJsonNumber("id") + "/reject",
                Json.createObjectBuilder().add("reason", payload).build().toString(), etag(s)).status()).isEqualTo(200);
        assertThat(post("api/articles/" + id + "/withdraw", Json.createObjectBuilder().add("reason", payload).build().toString(),
                etag(get("api/articles/" + id))).status()).as("the rejection raised the article's version").isEqualTo(200);

        String page = HttpApi.anonymous(baseUrl).get("article.xhtml?id=" + id).body();

        assertThat(page).doesNotContain(payload).doesNotContain("<b>bold</b>")
                .contains("&lt;script&gt;alert(").contains("&lt;b&gt;bold&lt;/b&gt;");
        assertThat(page).as("anonymous visitors get no curation forms").doesNotContain("curate-statement");
    }

    @Test
    void a_withdrawn_article_stays_readable_but_leaves_search_until_restored() {
        JsonObject article = archive();
        long id = article.getJsonNumber("id").longValue();
        int statements = article.getJsonArray("statements").size();

        Reply noReason = post("api/articles/" + id + "/withdraw", "{}", etag(article));
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        Reply withdrawn = post("api/articles/" + id + "/withdraw", "{\"reason\":\"published in error\"}", etag(article));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);

        JsonObject tombstone = get("api/articles/" + id);
        assertThat(tombstone.getBoolean("withdrawn")).isTrue();
        assertThat(tombstone.getString("withdrawalReason")).isEqualTo("published in error");
        assertThat(tombstone.getString("withdrawnBy")).isEqualTo(ItAccounts.ADMIN);
        assertThat(search("statements", "").getInt("total")).isZero();
        // a selected facet value stays listed (multi-select), with nothing counted
        assertThat(facet(search("statements", ""), "source")).containsEntry(source, 0L);
        assertThat(search("articles", "").getInt("total")).isZero();
        assertThat(facet(search("articles", ""), "source")).containsEntry(source, 0L);
        assertThat(facet(unfiltered("statements", "talks"), "source")).doesNotContainKey(source);
        assertThat(facet(unfiltered("articles", source.substring(source.length() - 12)), "source")).doesNotContainKey(source);
        assertThat(HttpApi.anonymous(baseUrl).get("article.xhtml?id=" + id).body())
                .contains("This article has been withdrawn").contains("published in error");
        Reply again = post("api/articles/" + id + "/withdraw", "{\"reason\":\"again\"}", etag(tombstone));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);

        Reply restored = post("api/articles/" + id + "/restore", "{\"reason\":\"error was ours\"}", etag(tombstone));
        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        assertThat(restored.json().getBoolean("withdrawn")).isFalse();
        assertThat(search("statements", "").getInt("total")).isEqualTo(statements);
        assertThat(facet(search("articles", ""), "source")).containsEntry(source, 1L);
        assertThat(facet(unfiltered("articles", source.substring(source.length() - 12)), "source")).containsEntry(source, 1L);
        Reply restoreAgain = post("api/articles/" + id + "/restore", "{}", etag(restored.json()));
        assertThat(restoreAgain.status()).as(restoreAgain.toString()).isEqualTo(409);
    }

    @Test
    void reextraction_keeps_verified_rejected_and_added_statements_and_replaces_the_rest() {
        JsonObject article = archive();
        long id = article.getJsonNumber("id").longValue();
        int statements = article.getJsonArray("statements").size();
        JsonObject verified = post("api/statements/" + statement(article, 0).getJsonNumber("id") + "/verify", "{}",
                etag(statement(article, 0))).json();
        JsonObject rejected = post("api/statements/" + statement(article, 1).getJsonNumber("id") + "/reject",
                "{\"reason\":\"not a statement\"}", etag(statement(article, 1))).json();
        String mainText = article.getString("mainText");
        JsonObject added = post("api/articles/" + id + "/statements", "{\"start\":" + mainText.indexOf("Ref ")
                + ",\"end\":" + mainText.length() + "}", etag(get("api/articles/" + id))).json(); // curation raised it
        long untouched = statement(article, 2).getJsonNumber("id").longValue();

        Reply rerun = post("api/articles/" + id + "/reextract", "{\"reason\":\"new extractor\"}",
                etag(get("api/articles/" + id))); // the added statement raised the article's version

        assertThat(rerun.status()).as(rerun.toString()).isEqualTo(200);
        JsonObject summary = rerun.json();
        assertThat(summary.getInt("kept")).isEqualTo(3);
        assertThat(summary.getInt("removed")).isEqualTo(statements - 2);
        assertThat(summary.getInt("dropped")).as("the verified and the rejected span are found again, and left out").isEqualTo(2);
        List<JsonObject> now = summary.getJsonObject("article").getJsonArray("statements").getValuesAs(JsonObject.class);
        assertThat(now).hasSize(statements + 1);
        assertThat(now).extracting(s -> s.getJsonNumber("id").longValue())
                .contains(verified.getJsonNumber("id").longValue(), rejected.getJsonNumber("id").longValue(),
                        added.getJsonNumber("id").longValue())
                .doesNotContain(untouched);
        assertThat(now).filteredOn(s -> s.getInt("start") == rejected.getInt("start")).hasSize(1)
                .allSatisfy(s -> assertThat(s.getString("status")).isEqualTo("REJECTED"));
        assertThat(get("api/statements/" + verified.getJsonNumber("id")).getString("status")).isEqualTo("VERIFIED");
        assertThat(search("statements", "").getInt("total")).isEqualTo(statements);
        assertThat(api.get("api/statements/" + untouched).status()).isEqualTo(404);
    }
}
