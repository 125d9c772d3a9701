package org.dictum.search.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.LocalDate;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dictum.search.query.FacetCount;
import org.dictum.search.query.Histogram;
import org.dictum.search.query.Interval;
import org.dictum.search.query.ArticleSummary;
import org.dictum.search.query.SearchPage;
import org.dictum.search.query.StatementHit;
import org.junit.jupiter.api.Test;

/** The direct writers must produce exactly what JSON-B's reflection produces. */
class CountSerializersTest {

    @Test
    void facet_values_and_histogram_bars_are_written_as_json_b_writes_them() throws Exception {
        Object answer = Map.of(
                "facets", List.of(new FacetCount("Zoë \"Z\" <b>", 12, true), new FacetCount("NATO", 0, false)),
                "histogram", new Histogram("statement", Interval.MONTH, List.of(
                        new Histogram.Bucket(LocalDate.of(1987, 3, 1), LocalDate.of(1987, 4, 1), 7),
                        new Histogram.Bucket(LocalDate.of(-44, 3, 1), LocalDate.of(-44, 4, 1), 0))));

        try (Jsonb reflective = JsonbBuilder.create(); Jsonb configured = new JsonConfiguration().getContext(Object.class)) {
            String expected = reflective.toJson(answer);
            assertThat(configured.toJson(answer)).isEqualTo(expected).contains("\"count\":7").contains("Zoë");
        }
    }

    @Test
    void a_page_of_hits_is_written_as_json_b_writes_it() throws Exception {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        facets.put("speaker", List.of(new FacetCount("Zoë \"Z\" <b>", 12, true), new FacetCount("NATO", 0, false)));
        facets.put("actor", List.of());
        List<Histogram> histograms = List.of(new Histogram("statement", Interval.MONTH, List.of(
                new Histogram.Bucket(LocalDate.of(1987, 3, 1), LocalDate.of(1987, 4, 1), 7))),
                new Histogram("published", Interval.YEAR, List.of()));
        StatementHit hit = new StatementHit(7, "We <b>will</b> talk.", "We <mark>will</mark> talk.", "DIRECT", "said", "he", null,
                null, LocalDate.of(1987, 3, 2), true, "PROPOSED", "Before.", null,
                new ArticleSummary(3, "Title", null, Instant.parse("1987-03-02T10:15:00Z")));

        try (Jsonb reflective = JsonbBuilder.create(); Jsonb configured = new JsonConfiguration().getContext(Object.class)) {
            for (SearchPage<StatementHit> page : List.of(
                    new SearchPage<>(1, 1, 20, List.of(hit), facets, histograms, null),
                    new SearchPage<>(40, 2, 1, List.of(hit, hit), Map.of(), List.of(), "cursor-token"),
                    new SearchPage<StatementHit>(0, 1, 20, List.of(), Map.of(), List.of(), null))) {
                String expected = reflective.toJson(page);
                assertThat(configured.toJson(page)).isEqualTo(expected).contains("\"total\":" + page.total());
            }
        }
    }
}
