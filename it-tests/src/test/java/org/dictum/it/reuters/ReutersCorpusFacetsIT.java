package org.dictum.it.reuters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.reuters.ReutersCorpus.Story;
import org.dictum.it.support.Fixtures;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Ingests the whole Reuters-21578 corpus (as HTML, from four clients at once, so that concurrent
 * ingestion of the same new actors and topics is exercised) with its gold topics and places
 * supplied, then checks multi-select facet counts for a set of filter combinations against counts
 * computed from the JSONL: every facet counted with every filter except its own.
 * <p>
 * It runs after every other IT of its run (junit-platform.properties): the 21,578 stories it leaves
 * in the archive would make each later reindex, export or harvest of the whole archive take minutes.
 */
@Order(Integer.MAX_VALUE)
class ReutersCorpusFacetsIT extends ClientSideIntegrationTest {

    private static final String SOURCE = "Reuters-21578 HTML";
    private static final int FACET_VALUES = 50;

    /** Facet name to the story's values of it. */
    private static final Map<String, Function<Story, List<String>>> FACETS = Map.of(
            "topic", Story::topics,
            "actor", Story::places,
            "month", s -> s.month() == null ? List.of() : List.of(s.month()));

    @Test
    void multi_select_facet_counts_equal_counts_from_the_jsonl() throws Exception {
        Path corpus = ReutersCorpus.file(Fixtures.sharedData());
        assumeTrue(Files.isRegularFile(corpus), "Reuters-21578 not found at " + corpus.toAbsolutePath()
                + ": skipping the whole-corpus facet test");
        HttpApi api = new HttpApi(baseUrl);
        List<Story> archived = ingestAll(api, ReutersCorpus.read(corpus, Integer.MAX_VALUE));
        assertThat(archived.size()).isGreaterThan(19_000);

        List<Map<String, List<String>>> combinations = List.of(
                Map.of(),
                Map.of("topic", List.of("earn")),
                Map.of("topic", List.of("earn", "acq")),
                Map.of("actor", List.of("usa"), "topic", List.of("crude")),
                Map.of("actor", List.of("uk", "japan"), "topic", List.of("money-fx", "interest")),
                Map.of("month", List.of("1987-03"), "actor", List.of("usa", "canada")),
                Map.of("topic", List.of("no-such-topic")));
        for (Map<String, List<String>> filters : combinations) {
            JsonObject result = search(api, filters);
            assertThat(result.getJsonNumber("total").longValue()).as("total for %s", filters)
                    .isEqualTo(archived.stream().filter(s -> matches(s, filters, null)).count());
            for (String facet : FACETS.keySet()) {
                assertFacet(result, facet, expectedCounts(archived, filters, facet), filters);
            }
        }
    }

    private static List<Story> ingestAll(HttpApi api, List<Story> stories) throws Exception {
        List<Story> archived = ReutersCorpus.distinctTexts(stories);
        List<Reply> replies = ReutersCorpus.submitConcurrently(api, archived, SOURCE, true);
        for (int i = 0; i < replies.size(); i++) {
            assertThat(replies.get(i).status()).as("story %s: %s", archived.get(i).id(), replies.get(i)).isIn(200, 201);
        }
        return archived;
    }


    private static boolean matches(Story story, Map<String, List<String>> filters, String except) {
        for (Map.Entry<String, List<String>> filter : filters.entrySet()) {
            if (!filter.getKey().equals(except)
                    && FACETS.get(filter.getKey()).apply(story).stream().noneMatch(filter.getValue()::contains)) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Long> expectedCounts(List<Story> archived, Map<String, List<String>> filters, String facet) {
        Map<String, Long> counts = new HashMap<>();
        archived.stream().filter(s -> matches(s, filters, facet))
                .forEach(s -> FACETS.get(facet).apply(s).forEach(v -> counts.merge(v, 1L, Long::sum)));
        return counts;
    }

    /**
     * The answer lists the top values (by count) with exact counts, plus every selected value with its
     * exact count even when it is not among the top; no value left out counts more than a listed one.
     */
    private static void assertFacet(JsonObject result, String facet, Map<String, Long> expected,
                                    Map<String, List<String>> filters) {
        Map<String, Long> answered = new LinkedHashMap<>();
        // Topics in lower case: a supplied topic joins the taxonomy's topic of its label in other case
        // (Reuters' "grain" the starter taxonomy's "Grain").
        result.getJsonObject("facets").getJsonArray(facet).getValuesAs(JsonObject.class)
                .forEach(v -> answered.put(facet.equals("topic") ? v.getString("value").toLowerCase(Locale.ROOT) : v.getString("value"),
                        v.getJsonNumber("count").longValue()));
        List<String> selected = filters.getOrDefault(facet, List.of());
        answered.forEach((value, count) -> assertThat(count).as("%s=%s under %s", facet, value, filters)
                .isEqualTo(expected.getOrDefault(value, 0L)));
        selected.forEach(value -> assertThat(answered).as("%s under %s", facet, filters).containsKey(value));
        int top = Math.min(FACET_VALUES, expected.size());
        assertThat(answered.size()).as("%s values listed under %s", facet, filters)
                .isBetween(top, top + selected.size());
        long smallestListed = answered.entrySet().stream().filter(e -> !selected.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).min().orElse(Long.MAX_VALUE);
        long largestLeftOut = expected.entrySet().stream().filter(e -> !answered.containsKey(e.getKey()))
                .mapToLong(Map.Entry::getValue).max().orElse(0);
        assertThat(largestLeftOut).as("%s: a value left out counts more than a listed one under %s", facet, filters)
                .isLessThanOrEqualTo(smallestListed);
    }

    private static JsonObject search(HttpApi api, Map<String, List<String>> filters) {
        StringBuilder query = new StringBuilder("api/search/articles?size=0&source=").append(enc(SOURCE));
        filters.forEach((facet, values) -> values.forEach(v -> query.append('&').append(facet).append('=').append(enc(v))));
        Reply reply = api.get(query.toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }


    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
