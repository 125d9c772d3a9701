package org.dictum.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.DictumRest;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;
import org.junit.jupiter.api.Test;

/**
 * Writes whose If-Match lists several entity tags (RFC 9110, 13.1.1: {@code If-Match: "2", "3"}), on every record that
 * takes a version (articles, statements, actors, topics, collections, saved searches): the write goes ahead when one
 * of them is the current ETag, and answers 412 with the current ETag, changing nothing, when none is.
 */
class ConditionalWriteIT extends ClientSideIntegrationTest {

    /** A record's read path, and a write of it that sets {@code value}, sent with an If-Match. */
    private record Write(String path, BiFunction<String, String, Reply> send) {
    }

    @Test
    void a_write_goes_ahead_when_if_match_lists_the_current_etag_among_others_and_fails_412_when_it_lists_none() {
        HttpApi api = new HttpApi(baseUrl);
        for (Write write : writes(api)) {
            String first = etag(api, write.path());
            Reply single = write.send().apply(first, "one " + UUID.randomUUID());
            assertThat(single.status()).as("%s with If-Match: %s: %s", write.path(), first, single).isEqualTo(200);
            String second = etag(api, write.path());

            String both = first + ", " + second;
            Reply listed = write.send().apply(both, "two " + UUID.randomUUID());

            assertThat(listed.status()).as("%s with If-Match: %s: %s", write.path(), both, listed).isEqualTo(200);
            String third = listed.header("ETag").orElseThrow();
            assertThat(third).as(write.path()).isNotIn(first, second).isEqualTo(etag(api, write.path()));

            Reply stale = write.send().apply(both, "three " + UUID.randomUUID());

            assertThat(stale.status()).as("%s with If-Match: %s, now at %s: %s", write.path(), both, third, stale).isEqualTo(412);
            assertThat(stale.contentType()).startsWith(DictumRest.PROBLEM_JSON);
            assertThat(stale.json().getString("type")).endsWith("/precondition-failed");
            assertThat(stale.json().getString("detail")).contains(both).contains(third);
            assertThat(stale.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("If-Match");
            assertThat(stale.header("ETag")).as("the current version, to apply the change to").contains(third);
            assertThat(etag(api, write.path())).as("%s unchanged", write.path()).isEqualTo(third);
        }
    }

    @Test
    void if_match_star_lets_a_write_that_may_name_no_version_change_the_record_as_it_is_now() {
        HttpApi api = new HttpApi(baseUrl);
        String topic = "api/topics/" + created(api.postJson("api/topics", json("label", "Any version " + UUID.randomUUID())))
                .getJsonNumber("id");
        String before = etag(api, topic);

        Reply any = api.putJson(topic + "/label", json("label", "Any version " + UUID.randomUUID()), "If-Match", "*");

        assertThat(any.status()).as(any.toString()).isEqualTo(200);
        assertThat(any.header("ETag")).isPresent().get().isNotEqualTo(before);
    }

    private static String etag(HttpApi api, String path) {
        Reply read = api.get(path);
        assertThat(read.status()).as(path + ": " + read).isEqualTo(200);
        return read.header("ETag").orElseThrow(() -> new AssertionError(path + " answers no ETag"));
    }

    private static List<Write> writes(HttpApi api) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        JsonObject article = created(api.postJson("api/articles", Json.createObjectBuilder()
                .add("title", "Conditional write " + suffix).add("publishedAt", "2022-01-09")
                .add("text", "Talks will resume next week, the minister said on Saturday. Ref " + suffix + ".")
                .build().toString()));
        String articlePath = "api/articles/" + article.getJsonNumber("id");
        String statementPath = "api/statements/" + article.getJsonArray("statements").getJsonObject(0).getJsonNumber("id");
        String actorPath = "api/actors/" + created(api.postJson("api/actors", Json.createObjectBuilder()
                .add("canonicalName", "Conditional Writer " + suffix).build().toString())).getJsonNumber("id");
        String topicPath = "api/topics/" + created(api.postJson("api/topics", Json.createObjectBuilder()
                .add("label", "Conditional write " + suffix).build().toString())).getJsonNumber("id");
        String collectionPath = "api/collections/" + created(api.postJson("api/collections", Json.createObjectBuilder()
                .add("slug", "conditional-write-" + suffix).add("title", "Conditional write " + suffix).build().toString()))
                .getString("slug");
        String savedPath = "api/saved-searches/" + created(api.postJson("api/saved-searches", Json.createObjectBuilder()
                .add("name", "Conditional write " + suffix).add("query", "q=talks").build().toString())).getJsonNumber("id");
        int[] day = {1};
        return List.of(
                new Write(articlePath, (ifMatch, value) -> api.patchMerge(articlePath, json("title", value), "If-Match", ifMatch)),
                new Write(statementPath, (ifMatch, value) -> api.patchMerge(statementPath,
                        json("statementDate", "2022-01-0" + day[0]++), "If-Match", ifMatch)),
                new Write(actorPath, (ifMatch, value) -> api.putJson(actorPath + "/name", json("canonicalName", "Writer " + value),
                        "If-Match", ifMatch)),
                new Write(topicPath, (ifMatch, value) -> api.putJson(topicPath + "/label", json("label", "Topic " + value),
                        "If-Match", ifMatch)),
                new Write(collectionPath, (ifMatch, value) -> api.patchMerge(collectionPath, json("description", value),
                        "If-Match", ifMatch)),
                new Write(savedPath, (ifMatch, value) -> api.putJson(savedPath + "/name", json("name", value), "If-Match", ifMatch)));
    }

    private static JsonObject created(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    private static String json(String member, String value) {
        return Json.createObjectBuilder().add(member, value).build().toString();
    }
}
