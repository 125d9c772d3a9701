package org.dictum.bench.search;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Compares a REST answer with the Lucene baseline's. REST lists the top {@code facetValues} values
 * of each facet by count, except the month facet, which lists the newest {@code facetValues}
 * months (selected values always listed); the baseline counts every value. They agree when every
 * listed value has the baseline's count, no value left out counts more than the smallest listed one
 * (for months: is newer than the oldest listed one), and nothing is missing from a short list.
 * Histograms list every month from the first to the last with a count; totals and hit ids must be equal.
 */
final class OutcomeCheck {

    private static final String MONTH = "month";

    private OutcomeCheck() {
    }

    static List<String> differences(SearchOutcome rest, SearchOutcome lucene, Map<String, List<String>> selected,
                                    int facetValues) {
        List<String> problems = new ArrayList<>();
        if (rest.total() != lucene.total()) {
            problems.add("total: REST " + rest.total() + ", Lucene " + lucene.total());
        }
        if (!rest.topIds().equals(lucene.topIds())) {
            problems.add("hits: REST " + rest.topIds() + ", Lucene " + lucene.topIds());
        }
        for (String facet : BenchmarkQuery.FACETS) {
            Map<String, Long> listed = rest.facets().getOrDefault(facet, Map.of());
            Map<String, Long> all = lucene.facets().getOrDefault(facet, Map.of());
            List<String> chosen = selected.getOrDefault(facet, List.of());
            long smallest = Long.MAX_VALUE;
            int ranked = 0;
            for (Map.Entry<String, Long> value : listed.entrySet()) {
                long expected = all.getOrDefault(value.getKey(), 0L);
                if (value.getValue() != expected) {
                    problems.add(facet + "=" + value.getKey() + ": REST " + value.getValue() + ", Lucene " + expected);
                }
                if (value.getValue() > 0) {
                    smallest = Math.min(smallest, value.getValue());
                    ranked++;
                }
            }
            List<String> newestMonths = all.keySet().stream().sorted(java.util.Comparator.reverseOrder())
                    .limit(facetValues).toList();
            for (Map.Entry<String, Long> value : all.entrySet()) {
                boolean outranks = facet.equals(MONTH) ? newestMonths.contains(value.getKey())
                        : value.getValue() > smallest || ranked < Math.min(facetValues, all.size());
                if (!listed.containsKey(value.getKey()) && outranks) {
                    problems.add(facet + "=" + value.getKey() + " (" + value.getValue() + ") missing from REST's top "
                            + facetValues);
                }
            }
            for (String value : chosen) {
                if (!listed.containsKey(value)) {
                    problems.add(facet + "=" + value + " is selected but not listed by REST");
                }
            }
        }
        lucene.histograms().forEach((name, months) -> {
            SortedMap<YearMonth, Long> restMonths = rest.histograms().get(name);
            if (restMonths == null) {
                problems.add("histogram " + name + " missing from REST");
                return;
            }
            SortedMap<YearMonth, Long> nonZero = new java.util.TreeMap<>();
            restMonths.forEach((month, count) -> {
                if (count > 0) {
                    nonZero.put(month, count);
                }
            });
            if (!nonZero.equals(months)) {
                problems.add("histogram " + name + ": REST " + nonZero.size() + " non-empty months, Lucene "
                        + months.size() + (nonZero.size() == months.size() ? " with different counts" : ""));
            } else if (!months.isEmpty() && (!restMonths.firstKey().equals(months.firstKey())
                    || !restMonths.lastKey().equals(months.lastKey()))) {
                problems.add("histogram " + name + ": REST spans " + restMonths.firstKey() + ".." + restMonths.lastKey()
                        + ", Lucene " + months.firstKey() + ".." + months.lastKey());
            }
        });
        return problems;
    }
}
