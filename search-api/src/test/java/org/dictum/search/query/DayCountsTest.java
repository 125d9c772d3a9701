package org.dictum.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayCountsTest {

    private static long day(String date) {
        return LocalDate.parse(date).toEpochDay();
    }

    @Test
    void months_sum_their_days_and_keep_empty_months() {
        DayCounts counts = DayCounts.forSpan(day("1987-01-01"), day("1987-12-31"));
        counts.add(day("1987-01-31"));
        counts.add(day("1987-01-01"));
        counts.add(day("1987-03-15"));

        List<Histogram.Bucket> buckets = counts.buckets(Interval.MONTH, LocalDate.parse("1987-01-01"), LocalDate.parse("1987-03-15"));

        assertThat(buckets).extracting(Histogram.Bucket::count).containsExactly(2L, 0L, 1L);
        assertThat(buckets.get(1).start()).isEqualTo(LocalDate.parse("1987-02-01"));
        assertThat(buckets.get(1).end()).isEqualTo(LocalDate.parse("1987-03-01"));
    }

    @Test
    void extent_is_the_first_and_last_day_with_a_hit() {
        DayCounts counts = DayCounts.forSpan(day("1900-01-01"), day("2000-01-01"));
        counts.add(day("1950-06-01"));
        counts.add(day("1944-03-02"));

        assertThat(counts.extent()).hasValueSatisfying(extent ->
                assertThat(extent).containsExactly(LocalDate.parse("1944-03-02"), LocalDate.parse("1950-06-01")));
        assertThat(DayCounts.forSpan(0, 10).extent()).isEmpty();
        assertThat(DayCounts.empty().extent()).isEmpty();
    }

    @Test
    void a_span_too_long_for_an_array_is_counted_sparsely_with_the_same_results() {
        DayCounts sparse = DayCounts.forSpan(day("0001-01-01"), day("9999-12-31"));
        sparse.add(day("0001-01-01"));
        sparse.add(day("2020-02-29"));
        sparse.add(day("2020-02-01"));

        assertThat(sparse.buckets(Interval.YEAR, LocalDate.parse("2019-05-01"), LocalDate.parse("2020-12-31")))
                .extracting(Histogram.Bucket::count).containsExactly(0L, 2L);
        assertThat(sparse.extent()).hasValueSatisfying(extent ->
                assertThat(extent).containsExactly(LocalDate.parse("0001-01-01"), LocalDate.parse("2020-02-29")));
    }

    @Test
    void merged_counts_add_up_whether_stored_alike_or_not() {
        DayCounts dense = DayCounts.forSpan(day("2020-01-01"), day("2020-12-31"));
        dense.add(day("2020-05-05"));
        DayCounts other = DayCounts.forSpan(day("2020-01-01"), day("2020-12-31"));
        other.add(day("2020-05-05"));
        DayCounts sparse = DayCounts.forSpan(day("0001-01-01"), day("9999-12-31"));
        sparse.add(day("2020-05-06"));

        dense.addAll(other);
        dense.addAll(sparse);

        assertThat(dense.buckets(Interval.DAY, LocalDate.parse("2020-05-05"), LocalDate.parse("2020-05-06")))
                .extracting(Histogram.Bucket::count).containsExactly(2L, 1L);
        assertThat(dense.total()).isEqualTo(3);
    }
}
