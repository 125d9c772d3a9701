package org.dictum.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;
import org.junit.jupiter.api.Test;

/**
 * Conditional GET: every record the API answers with an ETag (articles, statements, actors, topics,
 * collections, saved searches) answers 304 Not Modified, with its ETag and no body, to an If-None-Match
 * that names its current ETag (compared weakly) or {@code *}, and 200 to one that names another.
 */
class ConditionalGetIT extends ClientSideIntegrationTest {

    @Test
    void every_tagged_record_answers_304_without_a_body_to_its_current_etag_and_200_to_another() {
        HttpApi api = new HttpApi(baseUrl);
        for (String path : taggedRecords(api)) {
            Reply read = api.get(path);
            assertThat(read.status()).as(path + ": " + read).isEqualTo(200);
            String etag = read.header("ETag").orElseThrow(() -> new AssertionError(path + " answers no ETag"));

            for (String ifNoneMatch : List.of(etag, "W/" + etag, "\"other\", " + etag, "*")) {
                Reply notModified = api.get(path, "If-None-Match", ifNoneMatch);
                assertThat(notModified.status()).as("%s with If-None-Match: %s", path, ifNoneMatch).isEqualTo(304);
                assertThat(notModified.body()).as(path).isEmpty();
                assertThat(notModified.header("ETag")).as(path).contains(etag);
            }
            Reply other = api.get(path, "If-None-Match", "\"9999999\", W/\"other\"");
            assertThat(other.status()).as(path + ": " + other).isEqualTo(200);
            assertThat(other.body()).isEqualTo(read.body());
            assertThat(other.header("ETag")).contains(etag);
        }
    }

    @Test
    void the_openapi_document_gives_every_get_that_answers_an_etag_its_304_and_if_none_match() {
        HttpApi api = new HttpApi(baseUrl);
        JsonObject paths = HttpApi.anonymous(baseUrl).get("openapi?format=JSON").json().getJsonObject("paths");
        for (String path : taggedRecords(api)) {
            String template = templateOf(paths, path);
            JsonObject get = paths.getJsonObject(template).getJsonObject("get");
            JsonObject responses = get.getJsonObject("responses");
            assertThat(responses.getJsonObject("200").getJsonObject("headers")).as("%s 200", template).containsKey("ETag");
            JsonObject notModified = responses.getJsonObject("304");
            assertThat(notModified).as("%s documents 304", template).isNotNull();
            assertThat(notModified.getJsonObject("headers")).as("%s 304", template).containsKey("ETag");
            assertThat(notModified.containsKey("content")).as("%s 304 has no body", template).isFalse();
            assertThat(get.getJsonArray("parameters").getValuesAs(JsonObject.class))
                    .as("%s documents If-None-Match", template)
                    .anySatisfy(p -> assertThat(p.getString("in") + ":" + p.getString("name")).isEqualTo("header:If-None-Match"));
        }
        assertThat(paths.getJsonObject("/api/search/statements").getJsonObject("get").getJsonObject("responses").keySet())
                .as("a search answers no ETag, so never 304").doesNotContain("304");
    }

    /** The path template of the document that {@code path} ("api/actors/3") fills in ("/api/actors/{id}"). */
    private static String templateOf(JsonObject paths, String path) {
        String[] segments = ("/" + path).split("/");
        return paths.keySet().stream().filter(template -> {
            String[] parts = template.split("/");
            if (parts.length != segments.length) {
                return false;
            }
            for (int i = 0; i < parts.length; i++) {
                if (!parts[i].startsWith("{") && !parts[i].equals(segments[i])) {
                    return false;
                }
            }
            return true;
        }).min(java.util.Comparator.comparingLong(template -> template.chars().filter(c -> c == '{').count()))
                .orElseThrow(() -> new AssertionError("no path of /openapi for " + path));
    }

    @Test
    void a_changed_record_answers_its_new_representation_to_the_etag_read_before() {
        HttpApi api = new HttpApi(baseUrl);
        JsonObject article = archive(api);
        String path = "api/articles/" + article.getJsonNumber("id");
        String before = api.get(path).header("ETag").orElseThrow();
        Reply corrected = api.patchMerge(path, "{\"title\":\"Conditional GET, corrected\"}", "If-Match", before);
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);

        Reply changed = api.get(path, "If-None-Match", before);

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().getString("title")).isEqualTo("Conditional GET, corrected");
        assertThat(changed.header("ETag")).isPresent().get().isNotEqualTo(before);
        assertThat(api.get(path, "If-None-Match", changed.header("ETag").orElseThrow()).status()).isEqualTo(304);
    }

    @Test
    void a_missing_record_answers_404_whatever_if_none_match_says() {
        Reply missing = new HttpApi(baseUrl).get("api/articles/987654321", "If-None-Match", "*");
        assertThat(missing.status()).as(missing.toString()).isEqualTo(404);
    }

    private static List<String> taggedRecords(HttpApi api) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        JsonObject article = archive(api);
        long statement = article.getJsonArray("statements").getJsonObject(0).getJsonNumber("id").longValue();
        Reply actor = api.postJson("api/actors", Json.createObjectBuilder().add("canonicalName", "Conditional Actor " + suffix)
                .build().toString());
        Reply topic = api.postJson("api/topics", Json.createObjectBuilder().add("label", "Conditional topic " + suffix)
                .build().toString());
        Reply collection = api.postJson("api/collections", Json.createObjectBuilder().add("slug", "conditional-" + suffix)
                .add("title", "Conditional " + suffix).build().toString());
        Reply saved = api.postJson("api/saved-searches", Json.createObjectBuilder().add("name", "Conditional " + suffix)
                .add("query", "q=talks").build().toString());
        for (Reply created : List.of(actor, topic, collection, saved)) {
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }
        return List.of("api/articles/" + article.getJsonNumber("id"), "api/statements/" + statement,
                "api/actors/" + actor.json().getJsonNumber("id"), "api/topics/" + topic.json().getJsonNumber("id"),
                "api/collections/conditional-" + suffix, "api/saved-searches/" + saved.json().getJsonNumber("id"));
    }

    private static JsonObject archive(HttpApi api) {
        Reply reply = api.postJson("api/articles", Json.createObjectBuilder()
                .add("title", "Conditional GET " + UUID.randomUUID()).add("publishedAt", "2022-01-09")
                .add("text", "Talks will resume next week, the minister said on Saturday. Ref " + UUID.randomUUID() + ".")
                .build().toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().getJsonArray("statements")).as(reply.toString()).isNotEmpty();
        return reply.json();
    }
}
