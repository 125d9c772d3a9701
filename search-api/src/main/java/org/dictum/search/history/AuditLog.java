package org.dictum.search.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.dictum.persistence.DictumPersistenceUnit;
import org.dictum.persistence.audit.AuditRevision;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/**
 * The whole audit trail, revision by revision, for export. Reads revisions in batches and forgets
 * each batch once written, so that exporting a large archive needs little memory.
 */
@ApplicationScoped
public class AuditLog {

    static final int BATCH_SIZE = 200;

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    /**
     * Hands every record revision made in [{@code from}, {@code until}) to {@code sink}, ordered by
     * revision number, then kind of record, then record id. Null bounds are open.
     */
    @Transactional
    public void forEachRevision(Instant from, Instant until, Consumer<RecordRevision> sink) {
        long after = 0;
        List<Long> batch;
        while (!(batch = revisionNumbers(after, from, until)).isEmpty()) {
            AuditReader reader = AuditReaderFactory.get(em);
            List<RecordRevision> revisions = new ArrayList<>();
            for (AuditedRecord record : AuditedRecord.values()) {
                revisions.addAll(changesIn(reader, record, batch));
            }
            revisions.sort(Comparator.comparingLong(RecordRevision::revision)
                    .thenComparing(r -> AuditedRecord.byLabel(r.record()).orElseThrow())
                    .thenComparingLong(RecordRevision::recordId));
            revisions.forEach(sink);
            after = batch.get(batch.size() - 1);
            em.clear();
        }
    }

    private List<Long> revisionNumbers(long after, Instant from, Instant until) {
        return em.createQuery("select r.id from AuditRevision r where r.id > :after"
                        + " and r.changedAtMillis >= :from and r.changedAtMillis < :until order by r.id", Long.class)
                .setParameter("after", after)
                .setParameter("from", from == null ? Long.MIN_VALUE : from.toEpochMilli())
                .setParameter("until", until == null ? Long.MAX_VALUE : until.toEpochMilli())
                .setMaxResults(BATCH_SIZE)
                .getResultList();
    }

    private static List<RecordRevision> changesIn(AuditReader reader, AuditedRecord record, List<Long> revisionNumbers) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = reader.createQuery()
                .forRevisionsOfEntity(record.entityClass(), false, true)
                .add(AuditEntity.revisionNumber().in(revisionNumbers))
                .getResultList();
        List<RecordRevision> revisions = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType type = (RevisionType) row[2];
            long id = record.idOf(row[0]);
            Map<String, String> before = type == RevisionType.ADD ? Map.of()
                    : record.fieldsOf(reader.find(record.entityClass(), id, revision.getId() - 1));
            Map<String, String> after = type == RevisionType.DEL ? Map.of() : record.fieldsOf(row[0]);
            revisions.add(revision(record, id, revision, type, before, after));
        }
        return revisions;
    }

    static RecordRevision revision(AuditedRecord record, long id, AuditRevision revision, RevisionType type,
                                   Map<String, String> before, Map<String, String> after) {
        return new RecordRevision(revision.getId(), revision.getChangedAt(), revision.getUserName(),
                revision.getReason().orElse(null), record.label(), id, RevisionKind.of(type).label(),
                FieldChanges.between(before, after));
    }
}
