package org.dictum.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.dictum.search.mapping.SearchFields;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SidewaysCountingTest {

    private static final String WORD = "word";
    private static final String DATE = "statement_date";
    private static final LocalDate FIRST_DAY = LocalDate.of(1987, 1, 1);

    /** The documents as written, for counting by brute force. */
    private final List<Doc> docs = new ArrayList<>();
    private ByteBuffersDirectory directory;
    private DirectoryReader reader;

    private static final String TEXT = "text";

    private record Doc(long id, Map<Facet, List<String>> values, String word, Long day, String text) {
    }

    @BeforeEach
    void index() throws IOException {
        directory = new ByteBuffersDirectory();
        Random random = new Random(42);
        // no merging and a commit every 40 documents: several segments with different ordinals per value
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < 400; i++) {
                Map<Facet, List<String>> values = new EnumMap<>(Facet.class);
                values.put(Facet.ACTOR, pick(random, List.of("Russia", "NATO", "Ukraine", "United States", "China"), 3));
                values.put(Facet.TOPIC, pick(random, List.of("war", "trade", "energy"), 2));
                values.put(Facet.SOURCE, pick(random, List.of("Reuters", "AP"), 1));
                String word = random.nextInt(3) == 0 ? "missiles" : "talks";
                Long day = random.nextInt(10) == 0 ? null : FIRST_DAY.plusDays(random.nextInt(400)).toEpochDay();
                String text = (word + " ").repeat(1 + random.nextInt(4)) + "filler ".repeat(random.nextInt(6));
                Doc doc = new Doc(i + 1, values, word, day, text);
                docs.add(doc);
                writer.addDocument(document(doc));
                if (i % 40 == 39) {
                    writer.commit();
                }
            }
        }
        reader = DirectoryReader.open(directory);
        assertThat(reader.leaves()).hasSizeGreaterThan(5);
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void counts_each_facet_under_every_filter_but_its_own() {
        Map<Facet, List<String>> selected = Map.of(
                Facet.ACTOR, List.of("Russia", "NATO"),
                Facet.TOPIC, List.of("trade"),
                Facet.SOURCE, List.of("Reuters"));
        assertCountsAsBruteForce(new TermQuery(new Term(WORD, "missiles")), "missiles", selected);
    }

    @Test
    void counts_without_any_selection_are_plain_counts() {
        assertCountsAsBruteForce(new MatchAllDocsQuery(), null, Map.of());
    }

    @Test
    void a_selected_value_no_document_carries_leaves_no_hits_but_its_own_facet_counted() {
        Map<Facet, List<String>> selected = Map.of(Facet.ACTOR, List.of("Atlantis"));
        Counting.Counts counts = count(new MatchAllDocsQuery(), selected, Set.of(Facet.ACTOR));
        assertThat(counts.total()).isZero();
        assertThat(counts.days().get(DATE).extent()).isEmpty();
        assertThat(counts.facets().get(Facet.ACTOR)).containsEntry("Russia", bruteForce(null, selected).facets.get(Facet.ACTOR).get("Russia"));
    }

    @Test
    void only_the_facets_asked_for_are_counted() {
        Counting.Counts counts = count(new MatchAllDocsQuery(), Map.of(Facet.TOPIC, List.of("war")), Set.of(Facet.TOPIC));
        assertThat(counts.facets()).containsOnlyKeys(Facet.TOPIC);
    }

    private void assertCountsAsBruteForce(Query query, String word, Map<Facet, List<String>> selected) {
        Set<Facet> counted = Set.of(Facet.ACTOR, Facet.TOPIC, Facet.SOURCE);
        Counting.Counts counts = count(query, selected, counted);
        Expected expected = bruteForce(word, selected);
        assertThat(counts.total()).isEqualTo(expected.total).isPositive();
        for (Facet facet : counted) {
            assertThat(counts.facets().get(facet)).as(facet.parameter()).isEqualTo(expected.facets.get(facet));
        }
        LocalDate first = LocalDate.ofEpochDay(expected.days.firstKey());
        LocalDate last = LocalDate.ofEpochDay(expected.days.lastKey());
        assertThat(counts.days().get(DATE).extent()).hasValueSatisfying(extent -> assertThat(extent).containsExactly(first, last));
        List<Histogram.Bucket> days = counts.days().get(DATE).buckets(Interval.DAY, first, last);
        for (Histogram.Bucket bucket : days) {
            assertThat(bucket.count()).as(bucket.start().toString())
                    .isEqualTo(expected.days.getOrDefault(bucket.start().toEpochDay(), 0L));
        }
    }

    @Test
    void keeps_the_best_scored_hits_passing_every_filter_as_lucene_ranks_them() throws IOException {
        Map<Facet, List<String>> selected = Map.of(Facet.ACTOR, List.of("Russia", "NATO"), Facet.SOURCE, List.of("Reuters"));
        Query text = new TermQuery(new Term(TEXT, "talks"));

        List<TopHits.TopDoc> top = pass(text, selected, new TopHits.Plan(SortOrder.RELEVANCE, DATE, 15)).top();

        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(text, Occur.MUST);
        selected.forEach((facet, values) -> filtered.add(
                new TermInSetQuery(facet.field(), values.stream().map(BytesRef::new).toList()), Occur.FILTER));
        Sort byScoreThenId = new Sort(SortField.FIELD_SCORE, new SortedNumericSortField(SearchFields.ID, SortField.Type.LONG, true));
        IndexSearcher searcher = new IndexSearcher(reader);
        TopDocs expected = searcher.search(filtered.build(), 15, byScoreThenId, true);
        assertThat(expected.scoreDocs).hasSize(15);
        assertThat(top).extracting(TopHits.TopDoc::doc).containsExactlyElementsOf(
                java.util.Arrays.stream(expected.scoreDocs).map(hit -> hit.doc).toList());
        assertThat(top).extracting(TopHits.TopDoc::score).containsExactlyElementsOf(
                java.util.Arrays.stream(expected.scoreDocs).map(hit -> hit.score).toList());
    }

    @Test
    void keeps_the_newest_and_the_oldest_hits_with_undated_ones_last() {
        Map<Facet, List<String>> selected = Map.of(Facet.TOPIC, List.of("war"));
        List<Doc> passing = docs.stream().filter(doc -> doc.word.equals("talks") && doc.values.get(Facet.TOPIC).contains("war")).toList();
        Comparator<Doc> datedFirst = Comparator.comparing(doc -> doc.day == null);
        List<Long> newest = passing.stream().sorted(datedFirst
                .thenComparing(Comparator.comparing((Doc doc) -> doc.day == null ? 0 : doc.day).reversed())
                .thenComparing(Comparator.comparingLong(Doc::id).reversed())).map(Doc::id).toList();
        List<Long> oldest = passing.stream().sorted(datedFirst
                .thenComparing((Doc doc) -> doc.day == null ? 0 : doc.day).thenComparingLong(Doc::id)).map(Doc::id).toList();
        Query talks = new TermQuery(new Term(WORD, "talks"));

        assertThat(pass(talks, selected, new TopHits.Plan(SortOrder.NEWEST, DATE, passing.size())).top())
                .extracting(TopHits.TopDoc::id).containsExactlyElementsOf(newest);
        assertThat(pass(talks, selected, new TopHits.Plan(SortOrder.OLDEST, DATE, 10)).top())
                .extracting(TopHits.TopDoc::id).containsExactlyElementsOf(oldest.subList(0, 10));
        assertThat(passing.stream().filter(doc -> doc.day == null)).as("undated hits to sort last").isNotEmpty();
    }

    @Test
    void keeping_hits_changes_no_count() {
        Map<Facet, List<String>> selected = Map.of(Facet.ACTOR, List.of("Ukraine"));
        Query talks = new TermQuery(new Term(TEXT, "talks"));
        Counting.Counts alone = count(talks, selected, Set.of(Facet.ACTOR, Facet.TOPIC));
        SidewaysCounting.Pass withHits = pass(talks, selected, new TopHits.Plan(SortOrder.RELEVANCE, DATE, 7));
        assertThat(withHits.counts().total()).isEqualTo(alone.total()).isPositive();
        assertThat(withHits.counts().facets()).isEqualTo(alone.facets());
        LocalDate[] extent = alone.days().get(DATE).extent().orElseThrow();
        assertThat(withHits.counts().days().get(DATE).buckets(Interval.DAY, extent[0], extent[1]))
                .isEqualTo(alone.days().get(DATE).buckets(Interval.DAY, extent[0], extent[1]));
        assertThat(withHits.top()).hasSize(7);
        assertThat(pass(talks, selected, new TopHits.Plan(SortOrder.RELEVANCE, DATE, 0)).top()).isEmpty();
    }

    @Test
    void segments_searched_in_slices_at_once_give_the_same_counts_and_hits() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            IndexSearcher sliced = new IndexSearcher(reader, threads) {
                @Override
                protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                    return leaves.stream().map(leaf -> new LeafSlice(new ArrayList<>(List.of(leaf)))).toArray(LeafSlice[]::new);
                }
            };
            assertThat(sliced.getSlices()).hasSizeGreaterThan(5);
            Map<Facet, List<String>> selected = Map.of(Facet.TOPIC, List.of("war", "trade"));
            Query talks = new TermQuery(new Term(TEXT, "talks"));
            for (SortOrder sort : SortOrder.values()) {
                TopHits.Plan plan = new TopHits.Plan(sort, DATE, 25);
                SidewaysCounting.Pass alone = pass(talks, selected, plan);
                SidewaysCounting.Pass inSlices = SidewaysCounting.pass(sliced, talks,
                        plans(selected, Set.of(Facet.ACTOR, Facet.TOPIC)), List.of(DATE), plan);

                assertThat(inSlices.top()).as(sort.parameter()).isEqualTo(alone.top()).hasSize(25);
                assertThat(inSlices.counts().total()).isEqualTo(alone.counts().total());
                assertThat(inSlices.counts().facets()).isEqualTo(alone.counts().facets());
                LocalDate[] extent = alone.counts().days().get(DATE).extent().orElseThrow();
                assertThat(inSlices.counts().days().get(DATE).buckets(Interval.DAY, extent[0], extent[1]))
                        .isEqualTo(alone.counts().days().get(DATE).buckets(Interval.DAY, extent[0], extent[1]));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private Counting.Counts count(Query query, Map<Facet, List<String>> selected, Set<Facet> counted) {
        return SidewaysCounting.count(new IndexSearcher(reader), query, plans(selected, counted), List.of(DATE));
    }

    private SidewaysCounting.Pass pass(Query query, Map<Facet, List<String>> selected, TopHits.Plan plan) {
        return SidewaysCounting.pass(new IndexSearcher(reader), query, plans(selected, Set.of(Facet.ACTOR, Facet.TOPIC)),
                List.of(DATE), plan);
    }

    private static List<Counting.FacetPlan> plans(Map<Facet, List<String>> selected, Set<Facet> counted) {
        List<Counting.FacetPlan> plans = new ArrayList<>();
        for (Facet facet : List.of(Facet.ACTOR, Facet.TOPIC, Facet.SOURCE)) {
            plans.add(new Counting.FacetPlan(facet, selected.getOrDefault(facet, List.of()), counted.contains(facet)));
        }
        return plans;
    }

    private static final class Expected {
        long total;
        final Map<Facet, Map<String, Long>> facets = new EnumMap<>(Facet.class);
        final TreeMap<Long, Long> days = new TreeMap<>();
    }

    /** Each facet counted over the documents passing every other facet's selection. */
    private Expected bruteForce(String word, Map<Facet, List<String>> selected) {
        Expected expected = new Expected();
        for (Facet facet : List.of(Facet.ACTOR, Facet.TOPIC, Facet.SOURCE)) {
            expected.facets.put(facet, new HashMap<>());
        }
        for (Doc doc : docs) {
            if (word != null && !doc.word.equals(word)) {
                continue;
            }
            boolean all = true;
            for (Facet facet : expected.facets.keySet()) {
                boolean othersPass = selected.entrySet().stream()
                        .filter(e -> e.getKey() != facet)
                        .allMatch(e -> doc.values.get(e.getKey()).stream().anyMatch(e.getValue()::contains));
                if (othersPass) {
                    doc.values.get(facet).forEach(v -> expected.facets.get(facet).merge(v, 1L, Long::sum));
                }
                List<String> own = selected.get(facet);
                all &= othersPass && (own == null || doc.values.get(facet).stream().anyMatch(own::contains));
            }
            if (all) {
                expected.total++;
                if (doc.day != null) {
                    expected.days.merge(doc.day, 1L, Long::sum);
                }
            }
        }
        return expected;
    }

    private static List<String> pick(Random random, List<String> from, int max) {
        List<String> picked = new ArrayList<>();
        int n = 1 + random.nextInt(max);
        for (int i = 0; i < n; i++) {
            String value = from.get(random.nextInt(from.size()));
            if (!picked.contains(value)) {
                picked.add(value);
            }
        }
        return picked;
    }

    private static Document document(Doc doc) {
        Document document = new Document();
        document.add(new StringField(WORD, doc.word, Field.Store.NO));
        document.add(new TextField(TEXT, doc.text, Field.Store.NO));
        document.add(new SortedNumericDocValuesField(SearchFields.ID, doc.id));
        doc.values.forEach((facet, values) -> values.forEach(value -> {
            document.add(new StringField(facet.field(), value, Field.Store.NO));
            document.add(new SortedSetDocValuesField(facet.field(), new BytesRef(value)));
        }));
        if (doc.day != null) {
            document.add(new LongPoint(DATE, doc.day));
            document.add(new SortedNumericDocValuesField(DATE, doc.day));
        }
        return document;
    }
}
