package org.dictum.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;
import org.dictum.search.query.Counting.Counts;
import org.dictum.search.query.Counting.FacetPlan;

/**
 * Counts a faceted search in one pass over the documents that match its query without the facet
 * filters, the way Lucene's drill-sideways does: a document that passes every facet filter is a
 * hit and counts for every facet and date; one that fails exactly one filter counts for that
 * filter's facet only. So each facet is counted under every filter but its own (multi-select),
 * without a search per selected facet, and the dates are counted per day, from which histograms of
 * any interval and their date range follow without further searches.
 *
 * <p>With a {@link TopHits.Plan}, the same pass keeps the first hits in the request's order, so
 * that a page of hits needs no second search.
 *
 * <p>Reads what Hibernate Search writes for the fields: keyword facets as sorted-set doc values,
 * dates as sorted-numeric doc values and long points of the epoch day.
 */
final class SidewaysCounting {

    private SidewaysCounting() {
    }

    /**
     * @param query      the search without its facet filters
     * @param dateFields the date fields to count per day
     */
    static Counts count(IndexSearcher searcher, Query query, List<FacetPlan> facets, List<String> dateFields) {
        return pass(searcher, query, facets, dateFields, new TopHits.Plan(SortOrder.RELEVANCE, null, 0)).counts();
    }

    /** What one pass found: the counts, and the hits its plan asked to keep, best first. */
    record Pass(Counts counts, List<TopHits.TopDoc> top) {
    }

    /**
     * Counts and keeps the first hits in one pass.
     *
     * @param query      the search without its facet filters
     * @param dateFields the date fields to count per day
     * @param top        which hits to keep (none: {@code keep} 0)
     */
    static Pass pass(IndexSearcher searcher, Query query, List<FacetPlan> facets, List<String> dateFields,
                     TopHits.Plan top) {
        try {
            return searcher.search(query, new Manager(facets, dateFields, dateSpans(searcher.getIndexReader(), dateFields), top));
        } catch (IOException e) {
            throw new UncheckedIOException("Counting a search on the index failed", e);
        }
    }

    /** The first and last epoch day each date field holds in the index, from its point values. */
    private static Map<String, long[]> dateSpans(IndexReader reader, List<String> dateFields) throws IOException {
        Map<String, long[]> spans = new HashMap<>();
        for (String field : dateFields) {
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (LeafReaderContext leaf : reader.leaves()) {
                PointValues points = leaf.reader().getPointValues(field);
                if (points != null && points.size() > 0) {
                    min = Math.min(min, LongPoint.decodeDimension(points.getMinPackedValue(), 0));
                    max = Math.max(max, LongPoint.decodeDimension(points.getMaxPackedValue(), 0));
                }
            }
            spans.put(field, new long[] {min, max});
        }
        return spans;
    }

    private static final class Manager implements CollectorManager<PassCollector, Pass> {
        private final List<FacetPlan> facets;
        private final List<String> dateFields;
        private final Map<String, long[]> dateSpans;
        private final TopHits.Plan top;

        Manager(List<FacetPlan> facets, List<String> dateFields, Map<String, long[]> dateSpans, TopHits.Plan top) {
            this.facets = facets;
            this.dateFields = dateFields;
            this.dateSpans = dateSpans;
            this.top = top;
        }

        @Override
        public PassCollector newCollector() {
            return new PassCollector(facets, dateFields, dateSpans, new TopHits(top));
        }

        @Override
        public Pass reduce(Collection<PassCollector> collectors) {
            long total = 0;
            Map<Facet, Map<String, Long>> facetCounts = new EnumMap<>(Facet.class);
            Map<String, DayCounts> days = new LinkedHashMap<>();
            for (PassCollector collector : collectors) {
                total += collector.total;
                collector.facetCounts.forEach((facet, counts) -> {
                    Map<String, Long> merged = facetCounts.computeIfAbsent(facet, f -> new HashMap<>());
                    counts.forEach((value, count) -> merged.merge(value, count, Long::sum));
                });
                collector.days.forEach((field, counts) -> {
                    DayCounts merged = days.get(field);
                    if (merged == null) {
                        days.put(field, counts);
                    } else {
                        merged.addAll(counts);
                    }
                });
            }
            return new Pass(new Counts(total, facetCounts, days),
                    TopHits.merged(top, collectors.stream().map(collector -> collector.top).toList()));
        }
    }

    /** The ordinals of one sorted-set field for the current document, read once however often asked. */
    private static final class Ordinals {
        private final SortedSetDocValues values;
        private long[] ords = new long[4];
        private int count;
        private int doc = -1;

        Ordinals(SortedSetDocValues values) {
            this.values = values;
        }

        Ordinals load(int target) throws IOException {
            if (doc != target) {
                doc = target;
                count = 0;
                if (values.advanceExact(target)) {
                    int n = values.docValueCount();
                    if (ords.length < n) {
                        ords = new long[Math.max(n, ords.length * 2)];
                    }
                    for (int i = 0; i < n; i++) {
                        ords[count++] = values.nextOrd();
                    }
                }
            }
            return this;
        }

        boolean containsAny(long[] sortedWanted) {
            for (int i = 0; i < count; i++) {
                if (Arrays.binarySearch(sortedWanted, ords[i]) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class PassCollector implements Collector {
        private final List<FacetPlan> facets;
        private final List<String> dateFields;
        private final Map<Facet, Map<String, Long>> facetCounts = new EnumMap<>(Facet.class);
        private final Map<String, DayCounts> days = new LinkedHashMap<>();
        private final int[] filtered;
        private final TopHits top;
        private final ScoreMode scoreMode;
        private long total;

        PassCollector(List<FacetPlan> facets, List<String> dateFields, Map<String, long[]> dateSpans, TopHits top) {
            this.facets = facets;
            this.dateFields = dateFields;
            this.top = top;
            this.scoreMode = top.scores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
            this.filtered = java.util.stream.IntStream.range(0, facets.size())
                    .filter(i -> !facets.get(i).selected().isEmpty()).toArray();
            for (FacetPlan plan : facets) {
                if (plan.counted()) {
                    facetCounts.put(plan.facet(), new HashMap<>());
                }
            }
            for (String field : dateFields) {
                long[] span = dateSpans.get(field);
                days.put(field, span[0] > span[1] ? DayCounts.empty() : DayCounts.forSpan(span[0], span[1]));
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return scoreMode;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            return new PassLeafCollector(context.reader(), top.leaf(context.reader(), context.docBase));
        }

        private final class PassLeafCollector implements LeafCollector {
            private final SortedSetDocValues[] values;
            private final Ordinals[] ordinals;
            private final long[][] selectedOrds;
            private final int[][] counts;
            private final SortedNumericDocValues[] dates;
            private final DayCounts[] dayCounts;
            private final TopHits.Leaf topHits;

            PassLeafCollector(LeafReader leaf, TopHits.Leaf topHits) throws IOException {
                this.topHits = topHits;
                int n = facets.size();
                values = new SortedSetDocValues[n];
                ordinals = new Ordinals[n];
                selectedOrds = new long[n][];
                counts = new int[n][];
                for (int f = 0; f < n; f++) {
                    FacetPlan plan = facets.get(f);
                    values[f] = DocValues.getSortedSet(leaf, plan.facet().field());
                    ordinals[f] = new Ordinals(values[f]);
                    if (!plan.selected().isEmpty()) {
                        selectedOrds[f] = ordinalsOf(values[f], plan.selected());
                    }
                    if (plan.counted()) {
                        counts[f] = new int[(int) values[f].getValueCount()];
                    }
                }
                dates = new SortedNumericDocValues[dateFields.size()];
                dayCounts = new DayCounts[dateFields.size()];
                for (int d = 0; d < dates.length; d++) {
                    dates[d] = DocValues.getSortedNumeric(leaf, dateFields.get(d));
                    dayCounts[d] = days.get(dateFields.get(d));
                }
            }

            @Override
            public void setScorer(Scorable scorer) {
                topHits.setScorer(scorer);
            }

            @Override
            public void collect(int doc) throws IOException {
                int failed = -1;
                for (int f : filtered) {
                    if (!ordinals[f].load(doc).containsAny(selectedOrds[f])) {
                        if (failed >= 0) {
                            return;
                        }
                        failed = f;
                    }
                }
                if (failed >= 0) {
                    if (counts[failed] != null) {
                        countValues(failed, doc);
                    }
                    return;
                }
                total++;
                for (int f = 0; f < counts.length; f++) {
                    if (counts[f] != null) {
                        countValues(f, doc);
                    }
                }
                for (int d = 0; d < dates.length; d++) {
                    if (dates[d].advanceExact(doc)) {
                        dayCounts[d].add(dates[d].nextValue());
                    }
                }
                topHits.offer(doc);
            }

            private void countValues(int facet, int doc) throws IOException {
                Ordinals ords = ordinals[facet].load(doc);
                for (int i = 0; i < ords.count; i++) {
                    counts[facet][(int) ords.ords[i]]++;
                }
            }

            @Override
            public void finish() throws IOException {
                for (int f = 0; f < counts.length; f++) {
                    if (counts[f] == null) {
                        continue;
                    }
                    Map<String, Long> facetValues = facetCounts.get(facets.get(f).facet());
                    for (int ord = 0; ord < counts[f].length; ord++) {
                        if (counts[f][ord] > 0) {
                            facetValues.merge(values[f].lookupOrd(ord).utf8ToString(), (long) counts[f][ord], Long::sum);
                        }
                    }
                }
            }
        }
    }

    /** The segment's ordinals of the wanted values, sorted; values the segment lacks are left out. */
    private static long[] ordinalsOf(SortedSetDocValues values, List<String> wanted) throws IOException {
        long[] ords = new long[wanted.size()];
        int found = 0;
        for (String value : wanted) {
            long ord = values.lookupTerm(new BytesRef(value));
            if (ord >= 0) {
                ords[found++] = ord;
            }
        }
        long[] result = Arrays.copyOf(ords, found);
        Arrays.sort(result);
        return result;
    }
}
