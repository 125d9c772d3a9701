package org.dictum.search.reindex;

import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

/**
 * How far the rewriting of one record type has got. It is fed through Hibernate Search's
 * {@link MassIndexingMonitor} interface, so that a {@code MassIndexer} could report to it as well.
 */
final class TargetProgress implements MassIndexingMonitor {

    private final ReindexTarget target;
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong loaded = new AtomicLong();
    private final AtomicLong built = new AtomicLong();
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicLong staleRemoved = new AtomicLong();
    private volatile boolean completed;

    TargetProgress(ReindexTarget target) {
        this.target = target;
    }

    @Override
    public void addToTotalCount(long count) {
        total.addAndGet(count);
    }

    @Override
    public void entitiesLoaded(long count) {
        loaded.addAndGet(count);
    }

    @Override
    public void documentsBuilt(long count) {
        built.addAndGet(count);
    }

    @Override
    public void documentsAdded(long count) {
        indexed.addAndGet(count);
    }

    @Override
    public void indexingCompleted() {
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
        return new ReindexStatus.TargetStatus(target.apiName(), total(), loaded.get(), indexed.get(),
                staleRemoved.get(), completed);
    }
}
