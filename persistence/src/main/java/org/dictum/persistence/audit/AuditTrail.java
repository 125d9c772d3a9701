package org.dictum.persistence.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.dictum.persistence.DictumPersistenceUnit;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;

/**
 * The audit queries (Envers) of the audited entities: a record's revisions, the records a revision changed, and
 * snapshots as a revision left them. Snapshots are Envers's detached copies of the entity class, read in the
 * caller's persistence context; the entity class is the caller's to name.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    /** One audited change: the record as it left it (its last state for a deletion), when, and what kind. */
    public record Change(Object snapshot, AuditRevision revision, RevisionType type) {
    }

    /** A record changed in a revision, by their numbers. */
    public record Changed(long revision, long id) {
    }

    /** For CDI, which injects the entity manager. */
    public AuditTrail() {
    }

    /** Outside a container (tests of the audit log and record histories): reads through {@code em}. */
    public AuditTrail(EntityManager em) {
        this.em = em;
    }

    /**
     * The id of a deleted record by the last value one of its audited properties had; the most recently deleted
     * when several had it.
     */
    public Optional<Long> idOfDeleted(Class<?> entity, String property, Object value) {
        List<?> ids = revisionsOf(entity, true)
                .add(AuditEntity.property(property).eq(value))
                .add(AuditEntity.revisionType().eq(RevisionType.DEL))
                .addProjection(AuditEntity.id())
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    /** The record as its last revision that did not delete it left it; empty for a record never audited. */
    public Optional<Object> lastSnapshotBeforeDeletion(Class<?> entity, long id) {
        List<?> last = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(entity, true, false)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        return last.stream().findFirst().map(Object.class::cast);
    }

    /** How many revisions changed the record, its deletion included. */
    public long revisionCount(Class<?> entity, long id) {
        return ((Number) revisionsOf(entity, true)
                .add(AuditEntity.id().eq(id))
                .addProjection(AuditEntity.revisionNumber().count())
                .getSingleResult()).longValue();
    }

    /** A window of the record's changes, newest first: at most {@code max}, skipping the {@code first} newest. */
    public List<Change> changesOf(Class<?> entity, long id, int first, int max) {
        return changes(revisionsOf(entity, false)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList());
    }

    /** The records of the entity the revisions changed, in no particular order. */
    public List<Changed> changedIn(Class<?> entity, Collection<Long> revisions) {
        List<?> rows = revisionsOf(entity, false)
                .add(AuditEntity.revisionNumber().in(revisions))
                .addProjection(AuditEntity.revisionNumber())
                .addProjection(AuditEntity.id())
                .getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new Changed(((Number) row[0]).longValue(), ((Number) row[1]).longValue()))
                .toList();
    }

    /**
     * The changes of any of the records {@code ids} made in any of the {@code revisions}, in no particular order
     * (one query: a record of the ids may appear in a revision of the list the caller did not pair it with).
     */
    public List<Change> changesAmong(Class<?> entity, Collection<Long> revisions, Collection<Long> ids) {
        return changes(revisionsOf(entity, false)
                .add(AuditEntity.revisionNumber().in(revisions))
                .add(AuditEntity.id().in(ids))
                .getResultList());
    }

    /** The records {@code ids} as they were at {@code revision}; one that did not exist then is not among them. */
    public List<Object> snapshotsAt(Class<?> entity, long revision, Collection<Long> ids) {
        List<?> snapshots = AuditReaderFactory.get(em).createQuery().forEntitiesAtRevision(entity, revision)
                .add(AuditEntity.id().in(ids))
                .getResultList();
        return List.copyOf(snapshots);
    }

    /** A query of the entity's revisions, with deletions; each row the snapshot, revision and type, or projections. */
    private AuditQuery revisionsOf(Class<?> entity, boolean entitiesOnly) {
        return AuditReaderFactory.get(em).createQuery().forRevisionsOfEntity(entity, entitiesOnly, true);
    }

    private static List<Change> changes(List<?> rows) {
        return rows.stream().map(Object[].class::cast)
                .map(row -> new Change(row[0], (AuditRevision) row[1], (RevisionType) row[2]))
                .toList();
    }
}
