package org.dictum.bench.search;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * What one faceted search answered, from either side, in a form the two can be compared in.
 *
 * @param total      matching statements (all filters)
 * @param topIds     ids of the first hits by relevance (then id, descending)
 * @param facets     facet name to value counts; each facet counted under every filter but its own
 * @param histograms histogram name ({@code statement}, {@code published}) to counts per month
 */
record SearchOutcome(long total, List<Long> topIds, Map<String, Map<String, Long>> facets,
                     Map<String, SortedMap<YearMonth, Long>> histograms) {
}
