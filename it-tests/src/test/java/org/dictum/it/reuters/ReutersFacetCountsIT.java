package org.dictum.it.reuters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.reuters.ReutersCorpus.Story;
import org.dictum.it.support.Fixtures;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;
import org.junit.jupiter.api.Test;

/**
 * Ingests the first 1,000 Reuters-21578 stories (as text, from four clients at once) with their gold topics and places
 * supplied, and checks every topic and actor facet count against counts computed from the JSONL.
 * Skips when {@code ../shared/data/reuters21578} is absent (it is research data, never committed).
 */
class ReutersFacetCountsIT extends ClientSideIntegrationTest {

    private static final int STORIES = 1000;
    private static final String SOURCE = "Reuters";

    @Test
    void topic_and_actor_facet_counts_equal_the_gold_counts() throws Exception {
        Path corpus = ReutersCorpus.file(Fixtures.sharedData());
        assumeTrue(Files.isRegularFile(corpus), "Reuters-21578 not found at " + corpus.toAbsolutePath()
                + ": skipping the Reuters facet-count test");
        HttpApi api = new HttpApi(baseUrl);

        List<Story> stories = ReutersCorpus.distinctTexts(ReutersCorpus.read(corpus, STORIES));
        List<Reply> replies = ReutersCorpus.submitConcurrently(api, stories, SOURCE, false);
        Map<String, Long> expectedTopics = new TreeMap<>();
        Map<String, Long> expectedActors = new TreeMap<>();
        for (int i = 0; i < stories.size(); i++) {
            Story story = stories.get(i);
            assertThat(replies.get(i).status()).as("story %s: %s", story.id(), replies.get(i)).isEqualTo(201);
            // Lower case: a supplied topic joins the taxonomy's topic of its label in other case (Reuters'
            // "grain" the starter taxonomy's "Grain"), so the facet names some gold topics capitalised.
            story.topics().forEach(t -> expectedTopics.merge(t.toLowerCase(Locale.ROOT), 1L, Long::sum));
            story.places().forEach(p -> expectedActors.merge(p, 1L, Long::sum));
        }
        int stored = stories.size();
        assertThat(stored).isGreaterThan(900);

        JsonObject all = search(api, "");
        assertThat(all.getInt("total")).isEqualTo(stored);
        assertTopValuesMatch(all, "topic", expectedTopics);
        assertTopValuesMatch(all, "actor", expectedActors);

        expectedTopics.forEach((topic, count) -> assertSelectedCount(api, "topic", topic, count));
        expectedActors.forEach((actor, count) -> assertSelectedCount(api, "actor", actor, count));
    }

    /** The unfiltered facet lists only gold values, each with its gold count, largest first. */
    private static void assertTopValuesMatch(JsonObject result, String facet, Map<String, Long> expected) {
        List<JsonObject> values = result.getJsonObject("facets").getJsonArray(facet).getValuesAs(JsonObject.class);
        assertThat(values).isNotEmpty();
        for (JsonObject value : values) {
            assertThat(value.getJsonNumber("count").longValue())
                    .as("%s facet count of %s", facet, value.getString("value"))
                    .isEqualTo(expected.get(goldForm(facet, value.getString("value"))));
        }
        long largest = expected.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        assertThat(values.get(0).getJsonNumber("count").longValue()).isEqualTo(largest);
    }

    /** Selecting a value: the hit total and the value's own (multi-select) count both equal the gold count. */
    private static void assertSelectedCount(HttpApi api, String facet, String value, long expected) {
        JsonObject result = search(api, "&" + facet + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        assertThat(result.getJsonNumber("total").longValue()).as("articles with %s=%s", facet, value).isEqualTo(expected);
        long counted = result.getJsonObject("facets").getJsonArray(facet).getValuesAs(JsonObject.class).stream()
                .filter(v -> goldForm(facet, v.getString("value")).equals(value))
                .mapToLong(v -> v.getJsonNumber("count").longValue())
                .findFirst().orElse(-1);
        assertThat(counted).as("%s facet count of %s", facet, value).isEqualTo(expected);
    }

    /** Topics compare in lower case (see above); actors as they are. */
    private static String goldForm(String facet, String value) {
        return facet.equals("topic") ? value.toLowerCase(Locale.ROOT) : value;
    }

    private static JsonObject search(HttpApi api, String parameters) {
        Reply reply = api.get("api/search/articles?size=1&source=" + SOURCE + parameters);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

}
