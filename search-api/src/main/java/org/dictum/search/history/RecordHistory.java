package org.dictum.search.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dictum.domain.UnknownEntityException;
import org.dictum.persistence.DictumPersistenceUnit;
import org.dictum.persistence.audit.AuditRevision;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/** The revisions of one audited record, newest first, each compared with the one before it, a page at a time. */
@ApplicationScoped
public class RecordHistory {

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    /** The most revisions one page holds ({@code limit}). */
    @Inject
    @ConfigProperty(name = "dictum.history.max-page-size", defaultValue = "1000")
    int maxPageSize;

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

    /**
     * What a librarian knows the record by, for its history's title (an article's title, a statement's speaker and
     * opening words, an actor's name, see {@link RecordNames}): as it is now, or for a deleted record as its last
     * revision before the deletion left it. Empty for a record that never existed or has nothing but its id.
     */
    @Transactional
    public Optional<String> nameOf(AuditedRecord record, long id) {
        Object live = em.find(record.entityClass(), id);
        if (live != null) {
            return record.nameOf(live);
        }
        List<?> last = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(record.entityClass(), true, false)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        return last.stream().findFirst().flatMap(record::nameOf);
    }

    /**
     * One page of the record's revisions, newest first, each compared with the one before it. The page is read
     * as a window of the audit query with one revision more, the one before the page's oldest, which only
     * serves as that comparison's "before": memory stays bounded by the page however often the record changed.
     */
    @Transactional
    public RevisionPage page(AuditedRecord record, long id, int offset, int limit) {
        RevisionWindow window = RevisionWindow.checked(offset, limit, maxPageSize);
        AuditReader reader = AuditReaderFactory.get(em);
        long total = ((Number) reader.createQuery()
                .forRevisionsOfEntity(record.entityClass(), true, true)
                .add(AuditEntity.id().eq(id))
                .addProjection(AuditEntity.revisionNumber().count())
                .getSingleResult()).longValue();
        if (total == 0 && em.find(record.entityClass(), id) == null) {
            throw new UnknownEntityException(record.entityName(), id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = reader.createQuery()
                .forRevisionsOfEntity(record.entityClass(), false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setFirstResult(window.offset())
                .setMaxResults(window.limit() + 1)
                .getResultList();
        List<RecordRevision> revisions = new ArrayList<>(Math.min(rows.size(), window.limit()));
        for (int i = 0; i < rows.size() && i < window.limit(); i++) {
            Object[] row = rows.get(i);
            Map<String, String> before = i + 1 < rows.size() ? fieldsAt(record, rows.get(i + 1)) : Map.of();
            revisions.add(AuditLog.revision(record, id, (AuditRevision) row[1], (RevisionType) row[2], before,
                    fieldsAt(record, row)));
        }
        return new RevisionPage(revisions, total, window.offset(), window.limit());
    }

    /** The record's audited fields as a revision left them; none once it was deleted. */
    private static Map<String, String> fieldsAt(AuditedRecord record, Object[] row) {
        return row[2] == RevisionType.DEL ? Map.of() : record.fieldsOf(row[0]);
    }
}
