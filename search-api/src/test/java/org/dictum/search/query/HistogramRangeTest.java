package org.dictum.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which dates a search's histograms span: its date range, and the hits' own dates where the range does not filter them. */
class HistogramRangeTest {

    private static final LocalDate JAN_1 = LocalDate.parse("2022-01-01");
    private static final LocalDate JAN_31 = LocalDate.parse("2022-01-31");

    private static SearchLimits limits() {
        SearchLimits limits = new SearchLimits();
        limits.autoHistogramBuckets = 60;
        limits.maxHistogramBuckets = 2000;
        return limits;
    }

    private static SearchRequest januaryByDay() {
        return new SearchRequest(null, Map.of(), JAN_1, JAN_31, null, 1, 20, Interval.DAY);
    }

    private static long sum(Histogram histogram) {
        return histogram.buckets().stream().mapToLong(Histogram.Bucket::count).sum();
    }

    @Test
    void the_histogram_of_the_filtered_date_spans_the_range_with_its_empty_days() {
        DayCounts statementDays = DayCounts.of(Map.of(LocalDate.parse("2022-01-10"), 2L, JAN_31, 1L));

        Histogram histogram = FacetedQuery.histogram(januaryByDay(), "statement", statementDays, limits()).orElseThrow();

        assertThat(histogram.buckets()).hasSize(31);
        assertThat(histogram.buckets().get(0).start()).isEqualTo(JAN_1);
        assertThat(sum(histogram)).isEqualTo(3);
    }

    @Test
    void a_range_without_hits_still_has_its_empty_histogram_and_no_range_without_hits_has_none() {
        Histogram empty = FacetedQuery.histogram(januaryByDay(), "published", DayCounts.of(Map.of()), limits()).orElseThrow();

        assertThat(empty.buckets()).hasSize(31).allMatch(bucket -> bucket.count() == 0);
        assertThat(FacetedQuery.histogram(new SearchRequest(null, Map.of(), JAN_1, null, null, 1, 20), "published",
                DayCounts.of(Map.of()), limits())).isEmpty();
    }

    @Test
    void publication_dates_of_statements_said_in_the_range_but_published_after_it_stay_in_their_histogram() {
        DayCounts publishedDays = DayCounts.of(Map.of(LocalDate.parse("2022-01-10"), 2L, LocalDate.parse("2022-02-01"), 1L));

        Histogram histogram = FacetedQuery.histogram(januaryByDay(), "published", publishedDays, limits()).orElseThrow();

        assertThat(sum(histogram)).isEqualTo(3);
        assertThat(histogram.buckets()).hasSize(32);
        assertThat(histogram.buckets().get(0).start()).isEqualTo(JAN_1);
        assertThat(histogram.buckets().get(31).start()).isEqualTo(LocalDate.parse("2022-02-01"));
        assertThat(histogram.buckets().get(31).count()).isEqualTo(1);
    }
}
