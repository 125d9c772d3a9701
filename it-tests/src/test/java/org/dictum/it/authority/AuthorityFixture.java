package org.dictum.it.authority;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;
import org.dictum.it.support.MarkerWords;

/**
 * Articles whose statements are spoken by invented people, each test with its own names and its own
 * marker word in every statement, so that a search for the marker sees only that test's statements.
 */
final class AuthorityFixture {

    final HttpApi api;
    final String marker;
    final String suffix;
    private int editions;

    AuthorityFixture(HttpApi api) {
        this.api = api;
        this.suffix = MarkerWords.letters(8);
        this.marker = "zq" + suffix;
    }

    /** A person's name unique to this fixture, e.g. {@code Zorbal Quintabcdefgh}. */
    String person(String first, String last) {
        return first + " " + last + suffix;
    }

    /** Archives an article with two statements by {@code first} and one by {@code second}; its id. */
    long archive(String first, String second, List<String> topics) {
        editions++;
        String text = "Edition " + editions + ". Talks on " + marker + " grain exports will resume next week, " + first + " said on Monday. "
                + "\"We expect progress on " + marker + " tariffs,\" " + first + " added. "
                + "Ports stay open for " + marker + " ships, " + second + " told reporters.";
        JsonArrayBuilder topicArray = Json.createArrayBuilder();
        topics.forEach(topicArray::add);
        Reply reply = api.postJson("api/articles", Json.createObjectBuilder()
                .add("title", "Authority " + marker).add("publishedAt", "2026-01-05").add("text", text)
                .add("topics", topicArray).build().toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    JsonObject search(String what, String parameters) {
        Reply reply = api.get("api/search/" + what + "?q=" + enc(marker) + "&" + parameters);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    /** How many statements or articles carrying this fixture's marker the query ({@code actor:"…"}) finds too. */
    int totalWithQuery(String what, String query) {
        Reply reply = api.get("api/search/" + what + "?size=0&q=" + enc(marker + " " + query));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getInt("total");
    }

    /** The values and counts of one facet of the statements carrying this fixture's marker. */
    Map<String, Long> facet(String name) {
        return facet("statements", name);
    }

    Map<String, Long> facet(String what, String name) {
        Map<String, Long> counts = new LinkedHashMap<>();
        search(what, "size=0").getJsonObject("facets").getJsonArray(name).getValuesAs(JsonObject.class)
                .forEach(v -> counts.put(v.getString("value"), v.getJsonNumber("count").longValue()));
        return counts;
    }

    /** The id of the live actor with exactly this canonical name. */
    long actorId(String canonicalName) {
        Reply reply = api.get("api/actors?q=" + enc(canonicalName));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("actors").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("canonicalName").equals(canonicalName))
                .mapToLong(a -> a.getJsonNumber("id").longValue()).findFirst()
                .orElseThrow(() -> new AssertionError("No actor " + canonicalName + " in " + reply));
    }

    /** A JSON write ({@code json} null: none) based on the version {@code ifMatch}, an ETag as answered. */
    Reply write(String method, String path, String json, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path)).header("If-Match", ifMatch)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        api.authorization().ifPresent(authorization -> request.header("Authorization", authorization));
        return api.send(request.build());
    }

    /**
     * The ETag of a successful write's answer, after checking that it is the version of {@code entry}
     * (the record in the answer) and that a GET of {@code record} reports that version now.
     */
    String answeredTag(Reply reply, JsonObject entry, String record) {
        assertThat(reply.status()).as(reply.toString()).isBetween(200, 201);
        String tag = storedTag(entry, record);
        assertThat(reply.header("ETag")).as("ETag of %s", reply).contains(tag);
        return tag;
    }

    String answeredTag(Reply reply, String record) {
        assertThat(reply.status()).as(reply.toString()).isBetween(200, 201);
        return answeredTag(reply, reply.json(), record);
    }

    /** The version of {@code entry} as an entity tag, after checking that a GET of {@code record} answers it in body and ETag. */
    String storedTag(JsonObject entry, String record) {
        long version = entry.getJsonNumber("version").longValue();
        String tag = "\"" + version + "\"";
        Reply read = api.get(record);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().getJsonNumber("version").longValue()).as("version of %s, answered %s", record, entry).isEqualTo(version);
        assertThat(read.header("ETag")).as("ETag of %s", record).contains(tag);
        return tag;
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
