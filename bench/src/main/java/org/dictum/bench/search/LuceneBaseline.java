package org.dictum.bench.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * The baseline: the benchmark query answered directly on the server's statement index, opened
 * read-only next to the running server, with the server's Lucene version and an analyzer built
 * like the server's {@code dictum_english}. One pass over the statements that match the text
 * (rejected ones left out, as in every statement search) counts everything a faceted search
 * answers: a statement that passes every facet filter is a hit (top 20 by score, then id
 * descending), counts for every facet and both month histograms; one that fails exactly one
 * filter counts for that filter's facet only, which is how multi-select facets are counted
 * (each facet under every filter but its own), the way Lucene's drill-sideways does it.
 *
 * <p>Field encodings, as Hibernate Search 7.2 writes them (see {@link #describeFields()}): keyword
 * facets are indexed terms with sorted-set doc values; dates are long points and sorted-numeric
 * doc values of the epoch day; {@code id_sort} is a sorted-numeric long.
 */
final class LuceneBaseline implements Closeable {

    static final String CONTENT = "content";
    static final String STATUS = "status";
    static final String REJECTED = "REJECTED";
    static final String ID = "id_sort";
    static final Map<String, String> HISTOGRAMS = orderedMap("statement", "statement_date", "published", "published_date");

    private static final Comparator<Hit> WORST_FIRST = Comparator.comparingDouble(Hit::score).thenComparingLong(Hit::id);

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final QueryBuilder queries;

    LuceneBaseline(Path indexDirectory) throws IOException {
        this.directory = FSDirectory.open(indexDirectory);
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader); // no executor: one thread, like a search in the server
        this.analyzer = englishAnalyzer();
        this.queries = new QueryBuilder(analyzer);
    }

    /** The server's {@code dictum_english}: standard tokenizer, English possessive, lower case, ASCII folding, Porter. */
    static Analyzer englishAnalyzer() throws IOException {
        return CustomAnalyzer.builder()
                .withTokenizer(StandardTokenizerFactory.NAME)
                .addTokenFilter(EnglishPossessiveFilterFactory.NAME)
                .addTokenFilter(LowerCaseFilterFactory.NAME)
                .addTokenFilter(ASCIIFoldingFilterFactory.NAME)
                .addTokenFilter(PorterStemFilterFactory.NAME)
                .build();
    }

    int documents() {
        return reader.numDocs();
    }

    int segments() {
        return reader.leaves().size();
    }

    /** How each field of the index is indexed: name, postings, doc values, points. */
    String describeFields() {
        StringBuilder out = new StringBuilder();
        for (FieldInfo field : FieldInfos.getMergedFieldInfos(reader)) {
            out.append(String.format(Locale.ROOT, "  %-24s postings=%-32s docValues=%-14s points=%s%n", field.name,
                    field.getIndexOptions(), field.getDocValuesType(),
                    field.getPointDimensionCount() == 0 ? "-" : field.getPointDimensionCount() + "x" + field.getPointNumBytes() + "B"));
        }
        return out.toString();
    }

    /** The query as Hibernate Search builds it: match-all base, the text as a must, the status exclusion as a filter. */
    Query baseQuery(String word) {
        Query text = queries.createBooleanQuery(CONTENT, word);
        BooleanQuery notRejected = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(STATUS, REJECTED)), Occur.MUST_NOT)
                .add(new MatchAllDocsQuery(), Occur.FILTER)
                .build();
        return new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), Occur.MUST)
                .add(text == null ? new MatchNoDocsQuery() : text, Occur.MUST)
                .add(notRejected, Occur.FILTER)
                .build();
    }

    SearchOutcome search(BenchmarkQuery query) throws IOException {
        Result result = searcher.search(baseQuery(query.word()), new Manager(query, true, BenchmarkQuery.FACETS, query.size()));
        List<Hit> hits = new ArrayList<>(result.top);
        hits.sort(WORST_FIRST.reversed());
        List<Long> ids = new ArrayList<>();
        StoredFields stored = reader.storedFields();
        for (Hit hit : hits) {
            ids.add(hit.id);
            stored.document(hit.doc); // the hit's stored text, as a search result would show it
        }
        Map<String, SortedMap<YearMonth, Long>> histograms = new LinkedHashMap<>();
        for (int h = 0; h < HISTOGRAMS.size(); h++) {
            histograms.put(List.copyOf(HISTOGRAMS.keySet()).get(h), result.months[h].toSortedMap());
        }
        return new SearchOutcome(result.total, ids, result.facets, histograms);
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }

    private record Hit(float score, long id, int doc) {
    }

    /** Merged per-slice results. */
    private static final class Result {
        long total;
        final PriorityQueue<Hit> top = new PriorityQueue<>(WORST_FIRST);
        final Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        final MonthCounts[] months = {new MonthCounts(), new MonthCounts()};
        int topSize;

        Result(int topSize) {
            this.topSize = topSize;
            BenchmarkQuery.FACETS.forEach(facet -> facets.put(facet, new HashMap<>()));
        }

        void offer(Hit hit) {
            if (top.size() < topSize) {
                top.add(hit);
            } else if (WORST_FIRST.compare(hit, top.peek()) > 0) {
                top.poll();
                top.add(hit);
            }
        }

        void merge(Result other) {
            total += other.total;
            other.top.forEach(this::offer);
            other.facets.forEach((facet, counts) -> counts.forEach((value, count) ->
                    facets.get(facet).merge(value, count, Long::sum)));
            for (int h = 0; h < months.length; h++) {
                months[h].merge(other.months[h]);
            }
        }
    }

    /** Counts per month of an epoch-day value, in a flat array over 1800–2199. */
    private static final class MonthCounts {
        private static final int FIRST_YEAR = 1800;
        private final long[] counts = new long[400 * 12];
        private final Map<YearMonth, Long> outside = new HashMap<>();

        void add(long epochDay) {
            LocalDate date = LocalDate.ofEpochDay(epochDay);
            int index = (date.getYear() - FIRST_YEAR) * 12 + date.getMonthValue() - 1;
            if (index >= 0 && index < counts.length) {
                counts[index]++;
            } else {
                outside.merge(YearMonth.from(date), 1L, Long::sum);
            }
        }

        void merge(MonthCounts other) {
            for (int i = 0; i < counts.length; i++) {
                counts[i] += other.counts[i];
            }
            other.outside.forEach((month, count) -> outside.merge(month, count, Long::sum));
        }

        SortedMap<YearMonth, Long> toSortedMap() {
            SortedMap<YearMonth, Long> result = new TreeMap<>(outside);
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0) {
                    result.put(YearMonth.of(FIRST_YEAR + i / 12, i % 12 + 1), counts[i]);
                }
            }
            return result;
        }
    }

    /**
     * The same query the way the server plans it, for finding where REST's time goes: the counting
     * pass, which also keeps the page's hits (the baseline's own pass), then each hit's stored fields
     * read from the same reader and its content highlighted with Lucene's plain highlighter, set up
     * as the server's {@code IndexedPageReader} sets it up. Returns the total.
     */
    long searchLikeServer(BenchmarkQuery query) throws IOException {
        Query base = baseQuery(query.word());
        Result result = searcher.search(base, new Manager(query, true, BenchmarkQuery.FACETS, query.size()));
        QueryScorer scorer = new QueryScorer(base, CONTENT);
        scorer.setExpandMultiTermQuery(true);
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, 100_000));
        highlighter.setMaxDocCharsToAnalyze(Integer.MAX_VALUE);
        StoredFields stored = reader.storedFields();
        for (Hit hit : result.top) {
            String content = stored.document(hit.doc).get(CONTENT);
            if (content != null) {
                try {
                    highlighter.getBestTextFragments(analyzer.tokenStream(CONTENT, content), content, false, 1);
                } catch (InvalidTokenOffsetsException e) {
                    throw new IOException("Highlighting hit " + hit.id + " failed", e);
                }
            }
        }
        return result.total;
    }

    private static final class Manager implements CollectorManager<SidewaysCollector, Result> {
        private final BenchmarkQuery query;
        private final boolean sideways;
        private final List<String> counted;
        private final int size;

        /**
         * @param sideways whether the query still lacks the facet filters (the one-pass way) or has them already
         * @param counted  the facets to count
         * @param size     how many top hits to keep
         */
        Manager(BenchmarkQuery query, boolean sideways, List<String> counted, int size) {
            this.query = query;
            this.sideways = sideways;
            this.counted = counted;
            this.size = size;
        }

        @Override
        public SidewaysCollector newCollector() {
            return new SidewaysCollector(query, sideways, counted, size);
        }

        @Override
        public Result reduce(Collection<SidewaysCollector> collectors) {
            Result result = new Result(size);
            collectors.forEach(collector -> result.merge(collector.result));
            return result;
        }
    }

    /** The ordinals of one sorted-set field for the current document, read once. */
    private static final class Ordinals {
        private final SortedSetDocValues values;
        private long[] ords = new long[8];
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

        /** Whether one of the document's ordinals is among the sorted {@code wanted}. */
        boolean containsAny(long[] wanted) {
            for (int i = 0; i < count; i++) {
                if (Arrays.binarySearch(wanted, ords[i]) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class SidewaysCollector implements Collector {
        private final BenchmarkQuery query;
        private final int[] filteredFacets; // facet indexes whose selection this collector checks
        private final boolean[] counted;
        private final Result result;

        SidewaysCollector(BenchmarkQuery query, boolean sideways, List<String> countedFacets, int size) {
            this.query = query;
            this.result = new Result(size);
            this.filteredFacets = !sideways ? new int[0] : java.util.stream.IntStream.range(0, BenchmarkQuery.FACETS.size())
                    .filter(i -> !query.filters().getOrDefault(BenchmarkQuery.FACETS.get(i), List.of()).isEmpty())
                    .toArray();
            this.counted = new boolean[BenchmarkQuery.FACETS.size()];
            countedFacets.forEach(f -> counted[BenchmarkQuery.FACETS.indexOf(f)] = true);
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafReader leaf = context.reader();
            int facetCount = BenchmarkQuery.FACETS.size();
            SortedSetDocValues[] values = new SortedSetDocValues[facetCount];
            Ordinals[] ordinals = new Ordinals[facetCount];
            int[][] counts = new int[facetCount][];
            for (int f = 0; f < facetCount; f++) {
                values[f] = DocValues.getSortedSet(leaf, BenchmarkQuery.FACETS.get(f));
                ordinals[f] = new Ordinals(values[f]);
                counts[f] = new int[(int) values[f].getValueCount()];
            }
            long[][] selected = new long[filteredFacets.length][];
            for (int i = 0; i < filteredFacets.length; i++) {
                int f = filteredFacets[i];
                selected[i] = query.filters().get(BenchmarkQuery.FACETS.get(f)).stream().mapToLong(value -> {
                    try {
                        return values[f].lookupTerm(new BytesRef(value));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).filter(ord -> ord >= 0).sorted().toArray();
            }
            SortedNumericDocValues[] dates = new SortedNumericDocValues[HISTOGRAMS.size()];
            int h = 0;
            for (String field : HISTOGRAMS.values()) {
                dates[h++] = DocValues.getSortedNumeric(leaf, field);
            }
            SortedNumericDocValues ids = DocValues.getSortedNumeric(leaf, ID);
            int docBase = context.docBase;

            return new LeafCollector() {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) {
                    this.scorer = scorer;
                }

                @Override
                public void collect(int doc) throws IOException {
                    int failed = -1;
                    for (int i = 0; i < filteredFacets.length; i++) {
                        if (!ordinals[filteredFacets[i]].load(doc).containsAny(selected[i])) {
                            if (failed >= 0) {
                                return; // fails two filters: counts nowhere
                            }
                            failed = filteredFacets[i];
                        }
                    }
                    if (failed >= 0) {
                        count(failed, doc);
                        return;
                    }
                    result.total++;
                    for (int f = 0; f < facetCount; f++) {
                        if (counted[f]) {
                            count(f, doc);
                        }
                    }
                    if (result.topSize == 0) {
                        return;
                    }
                    for (int d = 0; d < dates.length; d++) {
                        if (dates[d].advanceExact(doc)) {
                            result.months[d].add(dates[d].nextValue());
                        }
                    }
                    long id = ids.advanceExact(doc) ? ids.nextValue() : -1;
                    result.offer(new Hit(scorer.score(), id, docBase + doc));
                }

                private void count(int facet, int doc) throws IOException {
                    Ordinals ords = ordinals[facet].load(doc);
                    for (int i = 0; i < ords.count; i++) {
                        counts[facet][(int) ords.ords[i]]++;
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (int f = 0; f < facetCount; f++) {
                        Map<String, Long> facet = result.facets.get(BenchmarkQuery.FACETS.get(f));
                        for (int ord = 0; ord < counts[f].length; ord++) {
                            if (counts[f][ord] > 0) {
                                facet.merge(values[f].lookupOrd(ord).utf8ToString(), (long) counts[f][ord], Long::sum);
                            }
                        }
                    }
                }
            };
        }
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
