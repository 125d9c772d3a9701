package org.dictum.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
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

    private record Doc(Map<Facet, List<String>> values, String word, Long day) {
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
                Doc doc = new Doc(values, word, day);
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

    private Counting.Counts count(Query query, Map<Facet, List<String>> selected, Set<Facet> counted) {
        List<Counting.FacetPlan> plans = new ArrayList<>();
        for (Facet facet : List.of(Facet.ACTOR, Facet.TOPIC, Facet.SOURCE)) {
            plans.add(new Counting.FacetPlan(facet, selected.getOrDefault(facet, List.of()), counted.contains(facet)));
        }
        return SidewaysCounting.count(new IndexSearcher(reader), query, plans, List.of(DATE));
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
