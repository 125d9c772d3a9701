package org.dictum.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Weight;

/**
 * Searches a large index in slices of its segments at the same time: the first slice on the
 * calling thread, the others on an executor, and any slice the executor has not started by the
 * time the calling thread is done with its own, on the calling thread too. Lucene 9.11's own
 * concurrent search hands every slice to the executor and leaves the calling thread waiting (one
 * thread hand-off more per search, and on a busy machine a wait for a core), and cuts slices by
 * a fixed number of documents, which on two cores left one thread with most of the work.
 *
 * <p>Slices are balanced by document count (the largest segment first into the emptiest slice);
 * an index smaller than {@code minDocsPerSlice} per slice gets fewer slices, down to one, which is
 * searched on the calling thread alone.
 */
final class SlicedSearcher extends IndexSearcher {

    /** Below this many documents per slice, splitting costs more than it saves. */
    static final int MIN_DOCS_PER_SLICE = 125_000;

    private final Executor executor;
    private final List<List<LeafReaderContext>> slices;

    /**
     * @param parallelism     at most this many slices (the calling thread and the executor's threads)
     * @param minDocsPerSlice at least this many documents per slice
     */
    SlicedSearcher(IndexReader reader, Executor executor, int parallelism, int minDocsPerSlice) {
        super(reader);
        this.executor = executor;
        this.slices = balanced(reader.leaves(), Math.max(1, Math.min(parallelism, reader.maxDoc() / Math.max(1, minDocsPerSlice))));
    }

    /** The slices this searcher searches at once, each as its segments. */
    List<List<LeafReaderContext>> slices() {
        return slices;
    }

    /** At most {@code count} slices with document counts as even as whole segments allow; none empty. */
    static List<List<LeafReaderContext>> balanced(List<LeafReaderContext> leaves, int count) {
        List<List<LeafReaderContext>> slices = new ArrayList<>();
        long[] docs = new long[Math.max(1, Math.min(count, leaves.size()))];
        for (int i = 0; i < docs.length; i++) {
            slices.add(new ArrayList<>());
        }
        List<LeafReaderContext> largestFirst = new ArrayList<>(leaves);
        largestFirst.sort(Comparator.comparingInt((LeafReaderContext leaf) -> leaf.reader().maxDoc()).reversed()
                .thenComparingInt(leaf -> leaf.ord));
        for (LeafReaderContext leaf : largestFirst) {
            int emptiest = 0;
            for (int i = 1; i < docs.length; i++) {
                if (docs[i] < docs[emptiest]) {
                    emptiest = i;
                }
            }
            slices.get(emptiest).add(leaf);
            docs[emptiest] += leaf.reader().maxDoc();
        }
        slices.removeIf(List::isEmpty);
        slices.forEach(slice -> slice.sort(Comparator.comparingInt(leaf -> leaf.ord)));
        return slices;
    }

    @Override
    public <C extends Collector, T> T search(Query query, CollectorManager<C, T> manager) throws IOException {
        if (slices.size() <= 1) {
            return super.search(query, manager);
        }
        List<C> collectors = new ArrayList<>();
        for (int i = 0; i < slices.size(); i++) {
            collectors.add(manager.newCollector());
        }
        Weight weight = createWeight(rewrite(query), collectors.get(0).scoreMode(), 1f);
        List<SliceTask> others = new ArrayList<>();
        for (int i = 1; i < slices.size(); i++) {
            SliceTask task = new SliceTask(slices.get(i), weight, collectors.get(i));
            others.add(task);
            try {
                executor.execute(task);
            } catch (RejectedExecutionException refused) {
                // the calling thread searches it below
            }
        }
        try {
            search(slices.get(0), weight, collectors.get(0));
        } catch (IOException | RuntimeException | Error failure) {
            others.forEach(SliceTask::skip); // the reader must outlive the slices already running
            others.forEach(SliceTask::awaitQuietly);
            throw failure;
        }
        others.forEach(SliceTask::run); // those the executor has not started yet
        for (SliceTask task : others) {
            task.await();
        }
        return manager.reduce(collectors);
    }

    /** One slice's search, run once by whichever thread claims it first. */
    private final class SliceTask implements Runnable {
        private final List<LeafReaderContext> leaves;
        private final Weight weight;
        private final Collector collector;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CompletableFuture<Void> done = new CompletableFuture<>();

        SliceTask(List<LeafReaderContext> leaves, Weight weight, Collector collector) {
            this.leaves = leaves;
            this.weight = weight;
            this.collector = collector;
        }

        @Override
        public void run() {
            if (!claimed.compareAndSet(false, true)) {
                return;
            }
            try {
                search(leaves, weight, collector);
                done.complete(null);
            } catch (Throwable failure) {
                done.completeExceptionally(failure);
            }
        }

        /** Marks the slice as not to be searched, unless a thread has started it already. */
        void skip() {
            if (claimed.compareAndSet(false, true)) {
                done.complete(null);
            }
        }

        void awaitQuietly() {
            done.handle((result, failure) -> null).join();
        }

        void await() throws IOException {
            try {
                done.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof UncheckedIOException unchecked) {
                    throw unchecked.getCause();
                }
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }
    }
}
