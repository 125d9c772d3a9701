package org.dictum.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Near-duplicate stories: three outlets' copies of one wire story are grouped under the earliest,
 * searches can show distinct stories (each counted once, statements too), and the origin passes to
 * the next copy while the earliest is withdrawn.
 */
class StoriesIT extends ClientSideIntegrationTest {

    private HttpApi api;
    /** A word only this test's articles contain, so that its counts are exact on a shared archive. */
    private String marker;
    /**
     * Another one, spread through the texts so that no 5-word shingle of this test's texts occurs in
     * another test's: the archive is shared, and copies of a story are found across all of it.
     */
    private String filler;

    @BeforeEach
    void setUp() {
        api = new HttpApi(baseUrl);
        marker = "storymark" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        filler = "fill" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private String wire() {
        return spread("Negotiators from both countries met for six hours in Geneva on Monday and agreed to resume talks "
                + "on the future of arms control next month.") + "\n\n"
                + "\"The " + marker + " talks were businesslike but tense,\" a senior official said. "
                + spread("The meeting was the first of its kind since the treaty lapsed two years ago, and neither side "
                + "had moved on the question of inspections. Delegates exchanged written proposals on verification, "
                + "data sharing and the notification of missile tests.") + "\n\n"
                + spread("Analysts in the capital called the agreement to keep talking a modest success after months of "
                + "rising tension along the border. The next round is expected to take place in Vienna, where technical "
                + "teams will compare the two drafts line by line before ministers meet again.");
    }

    /** The text with {@link #filler} after every fourth word. */
    private String spread(String text) {
        String[] words = text.split(" ");
        StringBuilder spread = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            spread.append(i == 0 ? "" : " ").append(words[i]).append(i % 4 == 3 ? " " + filler : "");
        }
        return spread.toString();
    }

    @Test
    void copies_are_grouped_under_the_earliest_and_distinct_search_counts_each_story_once() {
        long herald = store("GENEVA (Herald) - " + wire() + "\n\nThe Herald's correspondent contributed to this report.",
                "Herald " + marker, "2022-01-10T11:00:00Z");
        long wire = store(wire(), "Wire " + marker, "2022-01-10T08:00:00Z");
        long gazette = store(wire().substring(0, wire().indexOf("Analysts")).strip(), "Gazette " + marker,
                "2022-01-10T09:30:00Z");
        long council = store(spread("The city council voted on Tuesday to extend the opening hours of public libraries, "
                + "after a campaign by parents and students.") + " \"The " + marker + " reading rooms are too crowded in the "
                + "evenings,\" a councillor said. " + spread("The measure will cost about two million a year and takes "
                + "effect in September."),
                "Courier " + marker, "2022-01-11T08:00:00Z");

        JsonArray copies = api.get("api/articles/" + herald + "/copies").jsonArray();
        assertThat(copies).hasSize(3);
        assertThat(copies.getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(wire);
        assertThat(copies.getJsonObject(0).getBoolean("origin")).isTrue();
        assertThat(copies.getJsonObject(1).getJsonNumber("id").longValue()).isEqualTo(gazette);
        assertThat(copies.getJsonObject(2).getJsonNumber("id").longValue()).isEqualTo(herald);
        assertThat(article(herald).getJsonNumber("storyId").longValue()).isEqualTo(wire);
        assertThat(article(herald).getBoolean("storyOrigin")).isFalse();
        assertThat(api.get("api/articles/" + council + "/copies").jsonArray()).hasSize(1);

        assertThat(total("articles", "")).isEqualTo(4);
        JsonObject distinct = search("articles", "&distinct=true");
        assertThat(distinct.getInt("total")).isEqualTo(2);
        JsonObject story = distinct.getJsonArray("hits").stream().map(JsonObject.class::cast)
                .filter(hit -> hit.getJsonNumber("id").longValue() == wire).findFirst().orElseThrow();
        assertThat(story.getJsonNumber("storyCopies").longValue()).isEqualTo(3);
        assertThat(total("statements", "")).isEqualTo(4);
        assertThat(total("statements", "&distinct=true")).isEqualTo(2);
        assertThat(facetCount(search("statements", "&distinct=true"), "source", "Wire " + marker)).isEqualTo(1);
        assertThat(facetCount(search("statements", "&distinct=true"), "source", "Herald " + marker)).isZero();

        String page = HttpApi.anonymous(baseUrl).get("article.xhtml?id=" + herald).body();
        assertThat(page).contains("id=\"story-copies\"").contains("Wire " + marker).contains("earliest copy")
                .contains("Herald " + marker + " (this copy)").contains("article.xhtml?id=" + gazette);
        assertThat(HttpApi.anonymous(baseUrl).get("article.xhtml?id=" + council).body()).doesNotContain("story-copies");
        assertThat(HttpApi.anonymous(baseUrl).get("?q=" + marker + "&distinct=true").body())
                .contains("2 statements").contains("Show every copy of a story");
        assertThat(HttpApi.anonymous(baseUrl).get("?q=" + marker).body())
                .contains("4 statements").contains("One copy per story");
    }

    @Test
    void the_next_copy_is_the_origin_while_the_earliest_is_withdrawn() {
        long wire = store(wire(), "Wire " + marker, "2022-01-10T08:00:00Z");
        long herald = store("GENEVA (Herald) - " + wire(), "Herald " + marker, "2022-01-10T11:00:00Z");

        JsonObject original = article(wire);
        Reply withdrawn = api.postJson("api/articles/" + wire + "/withdraw", "{\"reason\":\"duplicate feed\"}",
                "If-Match", "\"" + original.getJsonNumber("version").longValue() + "\"");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);

        assertThat(article(herald).getBoolean("storyOrigin")).isTrue();
        JsonObject distinct = search("articles", "&distinct=true");
        assertThat(distinct.getInt("total")).isEqualTo(1);
        assertThat(distinct.getJsonArray("hits").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(herald);

        JsonObject tombstone = article(wire);
        Reply restored = api.postJson("api/articles/" + wire + "/restore", "{\"reason\":\"feed checked\"}",
                "If-Match", "\"" + tombstone.getJsonNumber("version").longValue() + "\"");
        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        assertThat(article(wire).getBoolean("storyOrigin")).isTrue();
        assertThat(article(herald).getBoolean("storyOrigin")).isFalse();
        assertThat(search("articles", "&distinct=true").getJsonArray("hits").getJsonObject(0)
                .getJsonNumber("id").longValue()).isEqualTo(wire);
    }

    @Test
    void an_unknown_article_has_no_copies() {
        Reply reply = api.get("api/articles/987654321/copies");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    private long store(String text, String source, String publishedAt) {
        String json = Json.createObjectBuilder().add("text", text).add("source", source)
                .add("publishedAt", publishedAt).add("title", source + " report").build().toString();
        Reply reply = api.postJson("api/articles", json);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private JsonObject article(long id) {
        return api.get("api/articles/" + id).json();
    }

    private JsonObject search(String what, String extra) {
        Reply reply = api.get("api/search/" + what + "?size=20&q=" + marker + extra);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private int total(String what, String extra) {
        return search(what, extra).getInt("total");
    }

    private static long facetCount(JsonObject result, String facet, String value) {
        return result.getJsonObject("facets").getJsonArray(facet).stream().map(JsonObject.class::cast)
                .filter(count -> count.getString("value").equals(value))
                .mapToLong(count -> count.getJsonNumber("count").longValue()).findFirst().orElse(0);
    }
}
