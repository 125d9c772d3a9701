package org.dictum.search.reindex;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far the rewriting of one record type has got. A batch is loaded and its documents queued in
 * one transaction, so the records loaded and the documents indexed are one count.
 */
final class TargetProgress {

    private final ReindexTarget target;
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicLong staleRemoved = new AtomicLong();
    private volatile boolean completed;

    TargetProgress(ReindexTarget target) {
        this.target = target;
    }

    void addToTotal(long count) {
        total.addAndGet(count);
    }

    /** A batch of records loaded and their documents rewritten. */
    void batchRewritten(long records) {
        indexed.addAndGet(records);
    }

    void completed() {
        completed = true;
    }

    void staleDocumentsRemoved(long count) {
        staleRemoved.addAndGet(count);
    }

    long total() {
        // Records archived while the run goes are indexed too: the total is never below what was done.
        return Math.max(total.get(), indexed.get());
    }

    long indexed() {
        return indexed.get();
    }

    ReindexStatus.TargetStatus status() {
        return new ReindexStatus.TargetStatus(target.apiName(), total(), indexed.get(), indexed.get(),
                staleRemoved.get(), completed);
    }
}
