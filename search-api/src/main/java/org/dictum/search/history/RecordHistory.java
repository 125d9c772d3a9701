package org.dictum.search.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dictum.domain.UnknownEntityException;
import org.dictum.persistence.DictumPersistenceUnit;
import org.dictum.persistence.audit.AuditRevision;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/** The revisions of one audited record, newest first, each compared with the one before it. */
@ApplicationScoped
public class RecordHistory {

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    /**
     * The id of a record that no longer exists, by the last value one of its audited properties had
     * (e.g. a deleted collection's slug); the most recent such record when several had it.
     */
    @Transactional
    public Optional<Long> idOfDeleted(AuditedRecord record, String property, Object value) {
        @SuppressWarnings("unchecked")
        List<Object> ids = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(record.entityClass(), true, true)
                .add(AuditEntity.property(property).eq(value))
                .add(AuditEntity.revisionType().eq(RevisionType.DEL))
                .addProjection(AuditEntity.id())
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    @Transactional
    public List<RecordRevision> of(AuditedRecord record, long id) {
        AuditReader reader = AuditReaderFactory.get(em);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = reader.createQuery()
                .forRevisionsOfEntity(record.entityClass(), false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        if (rows.isEmpty() && em.find(record.entityClass(), id) == null) {
            throw new UnknownEntityException(record.entityName(), id);
        }
        List<RecordRevision> revisions = new ArrayList<>(rows.size());
        Map<String, String> before = Map.of();
        for (Object[] row : rows) {
            RevisionType type = (RevisionType) row[2];
            Map<String, String> after = type == RevisionType.DEL ? Map.of() : record.fieldsOf(row[0]);
            revisions.add(AuditLog.revision(record, id, (AuditRevision) row[1], type, before, after));
            before = after;
        }
        Collections.reverse(revisions);
        return revisions;
    }
}
