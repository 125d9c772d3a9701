package org.dictum.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.support.Fixtures;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Faceted statement and article search over the seed article. Every query is narrowed to the seed's
 * source so that articles other test classes store do not change the counts.
 */
class StatementSearchIT extends ClientSideIntegrationTest {

    private static final String OFFICIAL = "Senior official (United States)";
    private static final String SEED = "source=" + enc(Fixtures.SEED_SOURCE);

    private HttpApi api;

    @BeforeEach
    void storeSeed() {
        api = new HttpApi(baseUrl);
        Reply reply = api.postJson("api/articles", Fixtures.seedJson());
        assertThat(reply.status()).as(reply.toString()).isIn(200, 201);
    }

    @Test
    void statement_facets_count_the_seed_exactly() {
        JsonObject result = search("statements", SEED);

        assertThat(result.getInt("total")).isEqualTo(6);
        assertThat(facet(result, "speaker")).containsExactly(Map.entry(OFFICIAL, 6L));
        // multi-select: the selected source keeps its count, other sources stay visible for OR-ing
        assertThat(facet(result, "source")).containsEntry(Fixtures.SEED_SOURCE, 6L);
        assertThat(facet(result, "language")).containsExactly(Map.entry("en", 6L));
        assertThat(facet(result, "month")).containsExactly(Map.entry("2022-01", 6L));
        // submitted without topics: tagged by the starter taxonomy's rules, every statement with the article's topics
        assertThat(facet(result, "topic")).contains(
                Map.entry("Arms control", 6L), Map.entry("Military exercises", 6L), Map.entry("Summits & negotiations", 6L))
                .doesNotContainKeys("Corporate earnings", "Grain", "Elections");
        assertThat(facet(result, "actor")).containsExactlyInAnyOrderEntriesOf(Map.of(
                OFFICIAL, 6L, "Russia", 5L, "Ukraine", 3L, "NATO", 3L, "United States", 3L));
    }

    @Test
    void statement_hits_carry_speaker_cue_date_and_article() {
        JsonObject result = search("statements", SEED + "&sort=oldest");

        JsonObject hit = result.getJsonArray("hits").getJsonObject(0);
        assertThat(hit.getString("speakerActor")).isEqualTo(OFFICIAL);
        assertThat(hit.getString("statementDate")).isEqualTo("2022-01-08");
        assertThat(hit.getString("cue")).isNotBlank();
        assertThat(hit.getString("kind")).isIn("DIRECT_QUOTE", "REPORTED_SPEECH");
        JsonObject article = hit.getJsonObject("article");
        assertThat(article.getString("title")).isEqualTo("US open to limiting military exercises, missiles with Russia");
        assertThat(article.getString("source")).isEqualTo(Fixtures.SEED_SOURCE);
        assertThat(article.getString("publishedAt")).startsWith("2022-01-09");
    }

    @Test
    void full_text_query_is_stemmed_and_combines_with_filters() {
        JsonObject quotes = search("statements", SEED + "&q=" + enc("progress Russians"));
        assertThat(quotes.getInt("total")).isEqualTo(1);
        assertThat(quotes.getJsonArray("hits").getJsonObject(0).getString("kind")).isEqualTo("DIRECT_QUOTE");

        JsonObject missiles = search("statements", SEED + "&q=missile");
        assertThat(missiles.getInt("total")).isEqualTo(2);
    }

    @Test
    void values_of_one_facet_combine_with_or_and_facets_with_and() {
        JsonObject ukraine = search("statements", SEED + "&actor=Ukraine");
        assertThat(ukraine.getInt("total")).isEqualTo(3);

        JsonObject ukraineOrUs = search("statements", SEED + "&actor=Ukraine&actor=" + enc("United States"));
        assertThat(ukraineOrUs.getInt("total")).isEqualTo(4);
        // multi-select: the actor facet is counted without its own filter, so other actors stay visible
        assertThat(facet(ukraineOrUs, "actor")).containsEntry("Russia", 5L).containsEntry("Ukraine", 3L).containsEntry("NATO", 3L);

        JsonObject none = search("statements", SEED + "&actor=Ukraine&language=de");
        assertThat(none.getInt("total")).isZero();
        assertThat(facet(none, "language")).containsEntry("de", 0L).containsEntry("en", 3L);
    }

    @Test
    void statement_date_range_filters_inclusively() {
        assertThat(search("statements", SEED + "&from=2022-01-08&to=2022-01-08").getInt("total")).isEqualTo(6);
        assertThat(search("statements", SEED + "&from=2022-01-09").getInt("total")).isZero();
        assertThat(search("statements", SEED + "&to=2022-01-07").getInt("total")).isZero();
    }

    @Test
    void paging_is_bounded_and_explicit() {
        JsonObject first = search("statements", SEED + "&size=4&sort=oldest");
        JsonObject second = search("statements", SEED + "&size=4&page=2&sort=oldest");

        assertThat(first.getJsonArray("hits")).hasSize(4);
        assertThat(second.getJsonArray("hits")).hasSize(2);
        assertThat(second.getInt("page")).isEqualTo(2);
        assertThat(first.getInt("total")).isEqualTo(6);
    }

    @Test
    void size_zero_returns_counts_without_hits() {
        JsonObject counts = search("statements", SEED + "&size=0");

        assertThat(counts.getInt("total")).isEqualTo(6);
        assertThat(counts.getJsonArray("hits")).isEmpty();
        assertThat(facet(counts, "speaker")).containsEntry(OFFICIAL, 6L);
    }

    @Test
    void article_search_finds_the_seed_with_its_facets() {
        JsonObject result = search("articles", SEED + "&q=" + enc("Geneva"));

        assertThat(result.getInt("total")).isEqualTo(1);
        JsonObject hit = result.getJsonArray("hits").getJsonObject(0);
        assertThat(hit.getString("title")).startsWith("US open to limiting");
        assertThat(hit.getInt("statementCount")).isEqualTo(6);
        assertThat(facet(result, "speaker")).containsExactly(Map.entry(OFFICIAL, 1L));
        assertThat(facet(result, "actor")).containsKeys("United States", "Russia", "Ukraine", "NATO");
        assertThat(facet(result, "actor").values()).containsOnly(1L);
    }

    private JsonObject search(String what, String parameters) {
        Reply reply = api.get("api/search/" + what + "?" + parameters);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    static Map<String, Long> facet(JsonObject result, String name) {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<JsonObject> values = result.getJsonObject("facets").getJsonArray(name).getValuesAs(JsonObject.class);
        values.forEach(v -> counts.put(v.getString("value"), v.getJsonNumber("count").longValue()));
        return counts;
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
