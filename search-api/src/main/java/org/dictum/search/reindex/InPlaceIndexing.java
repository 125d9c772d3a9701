package org.dictum.search.reindex;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.dictum.domain.RecordBatches;
import org.dictum.persistence.DictumPersistenceUnit;
import org.dictum.search.mapping.SearchFields;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;

/**
 * Rewrites search documents in place, one batch per transaction: each record of the batch is
 * {@code addOrUpdate}d, which replaces its document (Lucene deletes the old one by id and adds the
 * new one in one step; Elasticsearch overwrites it), so searches see the old document until the
 * new one is there, never a gap and never both. Hibernate Search's {@code MassIndexer} cannot do
 * this: it always adds, so without purging first every document would exist twice on Lucene.
 * Backend-neutral: only Hibernate Search's public API.
 */
@ApplicationScoped
public class InPlaceIndexing {

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    @Inject
    RecordBatches batches;

    /** What a batch did: the highest id it rewrote ({@code afterId} when none) and how many records. */
    public record Batch(long lastId, int records) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long count(ReindexTarget target) {
        return batches.count(target.entity());
    }

    /** Rewrites the documents of the next at most {@code size} records after {@code afterId}; indexed at commit. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Batch rewrite(ReindexTarget target, long afterId, int size) {
        List<?> records = batches.after(target.entity(), afterId, size, target.indexedAssociations());
        SearchSession session = Search.session(em);
        // Only this type: addOrUpdate would also rewrite the records that embed these (a statement's
        // article, an article's statements), which the run rewrites in their own turn.
        session.indexingPlanFilter(filter -> Arrays.stream(ReindexTarget.values())
                .filter(other -> other != target).forEach(other -> filter.exclude(other.entity())));
        // The documents are queued at commit without waiting for the index (the backend's queues
        // hold back a run that is faster than the index); the run refreshes at the end of a type.
        session.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async());
        SearchIndexingPlan plan = session.indexingPlan();
        records.forEach(plan::addOrUpdate);
        long lastId = records.isEmpty() ? afterId : idOf(records.get(records.size() - 1));
        return new Batch(lastId, records.size());
    }

    /** Makes everything written so far durable and visible to searches. */
    public void flushAndRefresh(ReindexTarget target) {
        var workspace = Search.mapping(em.getEntityManagerFactory()).scope(target.entity()).workspace();
        workspace.flush();
        workspace.refresh();
    }

    /** How many documents of the type the index holds. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long indexed(ReindexTarget target) {
        return Search.session(em).search(target.entity()).where(f -> f.matchAll()).fetchTotalHitCount();
    }

    /**
     * Removes the documents, among the next at most {@code size} in the index after {@code afterId}
     * (by id), whose record no longer exists. Returns the last id looked at ({@code afterId} when
     * none) and how many were removed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Sweep sweepStale(ReindexTarget target, long afterId, int size) {
        SearchSession session = Search.session(em);
        List<Long> ids = session.search(target.entity())
                .select(f -> f.field(SearchFields.ID, Long.class))
                .where(f -> f.range().field(SearchFields.ID).greaterThan(afterId))
                .sort(f -> f.field(SearchFields.ID).asc())
                .fetchHits(size);
        Set<Long> existing = batches.existing(target.entity(), ids);
        SearchIndexingPlan plan = session.indexingPlan();
        List<Long> stale = ids.stream().filter(id -> !existing.contains(id)).toList();
        stale.forEach(id -> plan.purge(target.entity(), id, null));
        return new Sweep(ids.isEmpty() ? afterId : ids.get(ids.size() - 1), ids.size(), stale.size());
    }

    /** What a sweep step did. */
    public record Sweep(long lastId, int looked, int removed) {
    }

    private long idOf(Object record) {
        return (Long) em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(record);
    }
}
