package org.dictum.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Slices searched at once, on the calling thread and an executor, find what one thread finds. */
class SlicedSearcherTest {

    private static final int[] SEGMENT_SIZES = {500, 300, 200, 100, 100, 40};
    private static ByteBuffersDirectory directory;
    private static DirectoryReader reader;
    private static ExecutorService threads;

    @BeforeAll
    static void index() throws IOException {
        directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            int id = 0;
            for (int size : SEGMENT_SIZES) {
                for (int i = 0; i < size; i++, id++) {
                    Document document = new Document();
                    document.add(new StringField("id", Integer.toString(id), Field.Store.YES));
                    document.add(new StringField("word", id % 3 == 0 ? "talks" : "other", Field.Store.NO));
                    document.add(new StringField("word", id % 7 == 0 ? "missile" : "none", Field.Store.NO));
                    writer.addDocument(document);
                }
                writer.commit(); // one segment per size
            }
        }
        reader = DirectoryReader.open(directory);
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void close() throws IOException {
        threads.shutdownNow();
        reader.close();
        directory.close();
    }

    @Test
    void the_index_has_the_segments_the_tests_need() {
        assertThat(reader.leaves()).extracting(leaf -> leaf.reader().maxDoc())
                .containsExactlyInAnyOrder(Arrays.stream(SEGMENT_SIZES).boxed().toArray(Integer[]::new));
    }

    @Test
    void slices_are_balanced_by_documents_and_hold_every_segment_once() {
        List<List<LeafReaderContext>> two = SlicedSearcher.balanced(reader.leaves(), 2);

        assertThat(two).hasSize(2);
        assertThat(two.stream().map(SlicedSearcherTest::documents)).containsExactlyInAnyOrder(640L, 600L); // 500+100+40, 300+200+100
        assertThat(two.stream().flatMap(List::stream).map(leaf -> leaf.ord)).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
        assertThat(SlicedSearcher.balanced(reader.leaves(), 10)).hasSize(6);
        assertThat(SlicedSearcher.balanced(reader.leaves(), 1)).singleElement().satisfies(slice -> assertThat(slice).hasSize(6));
    }

    @Test
    void a_small_index_is_one_slice() {
        assertThat(new SlicedSearcher(reader, threads, 2, 1_000).slices()).hasSize(1);
        assertThat(new SlicedSearcher(reader, threads, 2, 500).slices()).hasSize(2);
        assertThat(new SlicedSearcher(reader, threads, 1, 1).slices()).hasSize(1);
    }

    @Test
    void slices_find_the_same_hits_in_the_same_order_as_one_thread() throws IOException {
        for (Query query : List.of(new TermQuery(new Term("word", "talks")), new TermQuery(new Term("word", "missile")))) {
            TopDocs expected = new IndexSearcher(reader).search(query, new TopScoreDocCollectorManager(50, Integer.MAX_VALUE));
            for (int parallelism : new int[] {2, 3, 6}) {
                TopDocs sliced = new SlicedSearcher(reader, threads, parallelism, 1)
                        .search(query, new TopScoreDocCollectorManager(50, Integer.MAX_VALUE));

                assertThat(sliced.totalHits).isEqualTo(expected.totalHits);
                assertThat(Arrays.stream(sliced.scoreDocs).map(hit -> hit.doc))
                        .containsExactlyElementsOf(Arrays.stream(expected.scoreDocs).map(hit -> hit.doc).toList());
            }
        }
    }

    @Test
    void the_calling_thread_searches_what_the_executor_refuses_or_never_starts() throws IOException {
        Query talks = new TermQuery(new Term("word", "talks"));
        List<Runnable> neverRun = new ArrayList<>();
        SlicedSearcher refusing = new SlicedSearcher(reader, task -> {
            throw new RejectedExecutionException("shutting down");
        }, 3, 1);
        SlicedSearcher idle = new SlicedSearcher(reader, neverRun::add, 3, 1);

        assertThat(refusing.search(talks, new Counter()).longValue()).isEqualTo(414);
        assertThat(idle.search(talks, new Counter()).longValue()).isEqualTo(414);
        assertThat(neverRun).hasSize(2);
    }

    @Test
    void a_failure_in_any_slice_fails_the_search() {
        Query talks = new TermQuery(new Term("word", "talks"));
        for (int failing = 0; failing < 3; failing++) {
            Counter manager = new Counter(failing);

            assertThatThrownBy(() -> new SlicedSearcher(reader, threads, 3, 1).search(talks, manager))
                    .isInstanceOf(IllegalStateException.class).hasMessage("slice " + failing + " failed");
        }
    }

    private static long documents(List<LeafReaderContext> slice) {
        return slice.stream().mapToLong(leaf -> leaf.reader().maxDoc()).sum();
    }

    /** Counts hits; the collector {@code failing} (in creation order) throws instead. */
    private static final class Counter implements CollectorManager<Collector, Long> {
        private final int failing;
        private final List<long[]> counts = new ArrayList<>();

        Counter() {
            this(-1);
        }

        Counter(int failing) {
            this.failing = failing;
        }

        @Override
        public synchronized Collector newCollector() {
            long[] count = new long[1];
            int number = counts.size();
            counts.add(count);
            return new Collector() {
                @Override
                public LeafCollector getLeafCollector(LeafReaderContext context) {
                    if (number == failing) {
                        throw new IllegalStateException("slice " + number + " failed");
                    }
                    return new LeafCollector() {
                        @Override
                        public void setScorer(org.apache.lucene.search.Scorable scorer) {
                        }

                        @Override
                        public void collect(int doc) {
                            count[0]++;
                        }
                    };
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            };
        }

        @Override
        public Long reduce(java.util.Collection<Collector> collectors) {
            return counts.stream().mapToLong(count -> count[0]).sum();
        }
    }
}
