package org.dictum.search.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dictum.search.query.FacetCount;
import org.dictum.search.query.Histogram;
import org.dictum.search.query.Interval;
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
}
