package org.dictum.search.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dictum.persistence.DictumPersistenceUnit;
import org.dictum.persistence.audit.AuditRevisions;
import org.dictum.persistence.audit.AuditTrail;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.envers.RevisionType;

/**
 * The audit log read for export in bounded pieces, each in a transaction and persistence context of
 * its own, so that neither grows with the archive nor with the number of records one revision
 * changed (a bulk import chunk, a gazetteer seed): first the keys of a batch of revisions, then the
 * record revisions of a slice of those keys.
 */
@ApplicationScoped
public class AuditLogSlices {

    /** The export's order: revision number, then kind of record, then record id. */
    static final Comparator<RecordKey> ORDER = Comparator.comparingLong(RecordKey::revision)
            .thenComparing(RecordKey::record)
            .thenComparingLong(RecordKey::id);

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    @Inject
    AuditRevisions auditRevisions;

    @Inject
    AuditTrail trail;

    /** One record changed in one revision. */
    record RecordKey(long revision, AuditedRecord record, long id) {
    }

    /**
     * The revisions of a batch: their number, and the records they changed in the export's order
     * (three numbers each; the snapshots are read slice by slice).
     */
    record Batch(long lastRevision, List<RecordKey> keys) {
    }

    /**
     * The next at most {@code size} revisions after {@code after} made in [{@code from}, {@code until})
     * (null bounds are open) and the records they changed; empty when there are no more revisions.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<Batch> batchAfter(long after, Instant from, Instant until, int size) {
        List<Long> revisions = auditRevisions.numbersAfter(after, from, until, size);
        if (revisions.isEmpty()) {
            return Optional.empty();
        }
        List<RecordKey> keys = new ArrayList<>();
        for (AuditedRecord record : AuditedRecord.values()) {
            for (AuditTrail.Changed changed : trail.changedIn(record.entityClass(), revisions)) {
                keys.add(new RecordKey(changed.revision(), record, changed.id()));
            }
        }
        keys.sort(ORDER);
        return Optional.of(new Batch(revisions.get(revisions.size() - 1), List.copyOf(keys)));
    }

    /**
     * The record revisions of {@code slice}, in its order, each with the fields before and after.
     * Nothing is written, so the session is not flushed before each query: Hibernate would otherwise
     * dirty-check every snapshot read so far before each lazy load, which made the export quadratic
     * in the size of a revision. The persistence context is cleared before returning.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<RecordRevision> revisions(List<RecordKey> slice) {
        Session session = em.unwrap(Session.class);
        FlushMode flushMode = session.getHibernateFlushMode();
        session.setHibernateFlushMode(FlushMode.MANUAL);
        try {
            Map<AuditedRecord, List<RecordKey>> byRecord = new EnumMap<>(AuditedRecord.class);
            slice.forEach(key -> byRecord.computeIfAbsent(key.record(), r -> new ArrayList<>()).add(key));
            Map<RecordKey, RecordRevision> read = new HashMap<>();
            byRecord.forEach((record, keys) -> read.putAll(revisionsOf(record, keys)));
            return slice.stream().map(read::get).toList();
        } finally {
            em.clear();
            session.setHibernateFlushMode(flushMode);
        }
    }

    /** One query for the snapshots the keys name, one per revision for the snapshots before them. */
    private Map<RecordKey, RecordRevision> revisionsOf(AuditedRecord record, List<RecordKey> keys) {
        Set<RecordKey> wanted = Set.copyOf(keys);
        List<AuditTrail.Change> changes = trail.changesAmong(record.entityClass(),
                keys.stream().map(RecordKey::revision).distinct().toList(),
                keys.stream().map(RecordKey::id).distinct().toList());
        // The query may also match a record the slice names in another of its revisions: only the keys count.
        Map<Long, List<AuditTrail.Change>> byRevision = new LinkedHashMap<>();
        for (AuditTrail.Change change : changes) {
            long revision = change.revision().getId();
            if (wanted.contains(new RecordKey(revision, record, record.idOf(change.snapshot())))) {
                byRevision.computeIfAbsent(revision, r -> new ArrayList<>()).add(change);
            }
        }
        Map<RecordKey, RecordRevision> revisions = new HashMap<>();
        byRevision.forEach((revision, changed) -> {
            Map<Long, Object> before = snapshotsBefore(record, revision, changed.stream()
                    .filter(change -> change.type() != RevisionType.ADD).map(change -> record.idOf(change.snapshot())).toList());
            for (AuditTrail.Change change : changed) {
                long id = record.idOf(change.snapshot());
                Map<String, String> after = change.type() == RevisionType.DEL ? Map.of() : record.fieldsOf(change.snapshot());
                revisions.put(new RecordKey(revision, record, id), AuditLog.revision(record, id, change.revision(),
                        change.type(), record.fieldsOf(before.get(id)), after));
            }
        });
        return revisions;
    }

    /**
     * The records {@code ids} as they were just before {@code revision}, by id; absent when they did
     * not exist then. One query, where reading them one by one took one each.
     */
    private Map<Long, Object> snapshotsBefore(AuditedRecord record, long revision, List<Long> ids) {
        if (ids.isEmpty() || revision <= 1) {
            return Map.of();
        }
        Map<Long, Object> snapshots = new HashMap<>();
        for (Object snapshot : trail.snapshotsAt(record.entityClass(), revision - 1, ids)) {
            snapshots.put(record.idOf(snapshot), snapshot);
        }
        return snapshots;
    }
}
