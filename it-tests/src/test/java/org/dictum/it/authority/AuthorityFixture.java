package org.dictum.it.authority;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
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

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
