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
import org.dictum.persistence.audit.AuditTrail;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.envers.RevisionType;

/** The revisions of one audited record, newest first, each compared with the one before it, a page at a time. */
@ApplicationScoped
public class RecordHistory {

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    @Inject
    AuditTrail trail;

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
        return trail.idOfDeleted(record.entityClass(), property, value);
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
        return trail.lastSnapshotBeforeDeletion(record.entityClass(), id).flatMap(record::nameOf);
    }

    /**
     * One page of the record's revisions, newest first, each compared with the one before it. The page is read
     * as a window of the audit query with one revision more, the one before the page's oldest, which only
     * serves as that comparison's "before": memory stays bounded by the page however often the record changed.
     */
    @Transactional
    public RevisionPage page(AuditedRecord record, long id, int offset, int limit) {
        RevisionWindow window = RevisionWindow.checked(offset, limit, maxPageSize);
        long total = trail.revisionCount(record.entityClass(), id);
        if (total == 0 && em.find(record.entityClass(), id) == null) {
            throw new UnknownEntityException(record.entityName(), id);
        }
        List<AuditTrail.Change> changes = trail.changesOf(record.entityClass(), id, window.offset(), window.limit() + 1);
        List<RecordRevision> revisions = new ArrayList<>(Math.min(changes.size(), window.limit()));
        for (int i = 0; i < changes.size() && i < window.limit(); i++) {
            AuditTrail.Change change = changes.get(i);
            Map<String, String> before = i + 1 < changes.size() ? fieldsAt(record, changes.get(i + 1)) : Map.of();
            revisions.add(AuditLog.revision(record, id, change.revision(), change.type(), before, fieldsAt(record, change)));
        }
        return new RevisionPage(revisions, total, window.offset(), window.limit());
    }

    /** The record's audited fields as a revision left them; none once it was deleted. */
    private static Map<String, String> fieldsAt(AuditedRecord record, AuditTrail.Change change) {
        return change.type() == RevisionType.DEL ? Map.of() : record.fieldsOf(change.snapshot());
    }
}
