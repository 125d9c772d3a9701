package org.dictum.bench.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class OutcomeCheckTest {

    private static final Map<String, List<String>> SELECTED = Map.of("actor", List.of("Japan"));

    @Test
    void top_values_with_equal_counts_agree() {
        SearchOutcome rest = outcome(Map.of("actor", ordered("Japan", 5L, "France", 3L)), months(1987, 3, 4L, 1987, 5, 0L, 1987, 6, 4L));
        SearchOutcome lucene = outcome(Map.of("actor", Map.of("Japan", 5L, "France", 3L)), months(1987, 3, 4L, 1987, 6, 4L));

        assertThat(OutcomeCheck.differences(rest, lucene, SELECTED, 50)).isEmpty();
    }

    @Test
    void a_different_count_is_reported() {
        SearchOutcome rest = outcome(Map.of("actor", ordered("Japan", 5L, "France", 3L)), months(1987, 3, 8L));
        SearchOutcome lucene = outcome(Map.of("actor", Map.of("Japan", 5L, "France", 2L)), months(1987, 3, 8L));

        assertThat(OutcomeCheck.differences(rest, lucene, SELECTED, 50)).containsExactly("actor=France: REST 3, Lucene 2");
    }

    @Test
    void a_value_that_outranks_the_listed_ones_is_missing() {
        SearchOutcome rest = outcome(Map.of("actor", ordered("Japan", 5L, "France", 3L)), months(1987, 3, 8L));
        SearchOutcome lucene = outcome(Map.of("actor", Map.of("Japan", 5L, "France", 3L, "Peru", 4L)), months(1987, 3, 8L));

        assertThat(OutcomeCheck.differences(rest, lucene, SELECTED, 2))
                .containsExactly("actor=Peru (4) missing from REST's top 2");
    }

    @Test
    void values_beyond_the_limit_with_fewer_counts_may_be_left_out() {
        SearchOutcome rest = outcome(Map.of("actor", ordered("Japan", 5L, "France", 3L)), months(1987, 3, 8L));
        SearchOutcome lucene = outcome(Map.of("actor", Map.of("Japan", 5L, "France", 3L, "Peru", 1L)), months(1987, 3, 8L));

        assertThat(OutcomeCheck.differences(rest, lucene, SELECTED, 2)).isEmpty();
    }

    @Test
    void the_month_facet_lists_the_newest_months_whatever_their_counts() {
        Map<String, Long> all = Map.of("1987-03", 9L, "1987-04", 1L, "1987-05", 2L);
        SearchOutcome newest = outcome(Map.of("month", ordered("1987-05", 2L, "1987-04", 1L)), months(1987, 3, 8L));
        SearchOutcome busiest = outcome(Map.of("month", ordered("1987-05", 2L, "1987-03", 9L)), months(1987, 3, 8L));
        SearchOutcome lucene = outcome(Map.of("month", all), months(1987, 3, 8L));

        assertThat(OutcomeCheck.differences(newest, lucene, Map.of(), 2)).isEmpty();
        assertThat(OutcomeCheck.differences(busiest, lucene, Map.of(), 2))
                .containsExactly("month=1987-04 (1) missing from REST's top 2");
    }

    @Test
    void totals_hits_and_histograms_must_be_equal() {
        SearchOutcome rest = new SearchOutcome(8, List.of(2L, 1L), Map.of(), Map.of("statement", months(1987, 3, 8L)));
        SearchOutcome lucene = new SearchOutcome(9, List.of(1L, 2L), Map.of(), Map.of("statement", months(1987, 3, 9L)));

        assertThat(OutcomeCheck.differences(rest, lucene, Map.of(), 50)).containsExactly(
                "total: REST 8, Lucene 9",
                "hits: REST [2, 1], Lucene [1, 2]",
                "histogram statement: REST 1 non-empty months, Lucene 1 with different counts");
    }

    private static SearchOutcome outcome(Map<String, Map<String, Long>> facets, SortedMap<YearMonth, Long> statementMonths) {
        long total = statementMonths.values().stream().mapToLong(Long::longValue).sum();
        return new SearchOutcome(total, List.of(7L), facets, Map.of("statement", statementMonths));
    }

    private static Map<String, Long> ordered(Object... valuesAndCounts) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < valuesAndCounts.length; i += 2) {
            map.put((String) valuesAndCounts[i], (Long) valuesAndCounts[i + 1]);
        }
        return map;
    }

    private static SortedMap<YearMonth, Long> months(Object... yearMonthCounts) {
        SortedMap<YearMonth, Long> months = new TreeMap<>();
        for (int i = 0; i < yearMonthCounts.length; i += 3) {
            months.put(YearMonth.of((Integer) yearMonthCounts[i], (Integer) yearMonthCounts[i + 1]), (Long) yearMonthCounts[i + 2]);
        }
        return months;
    }
}
