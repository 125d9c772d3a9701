package org.dictum.persistence.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.dictum.persistence.DictumPersistenceUnit;

/** The audit trail's revisions, read by number and time (the records they changed are read through Envers). */
@ApplicationScoped
public class AuditRevisions {

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    /** For CDI, which injects the entity manager. */
    public AuditRevisions() {
    }

    /** Outside a container (search-api's tests of the audit log): reads through {@code em}. */
    public AuditRevisions(EntityManager em) {
        this.em = em;
    }

    /**
     * The numbers of the next at most {@code max} revisions after revision {@code after} made in
     * [{@code from}, {@code until}), ascending; a null bound is open.
     */
    public List<Long> numbersAfter(long after, Instant from, Instant until, int max) {
        return em.createQuery("select r.id from AuditRevision r where r.id > :after"
                        + " and r.changedAtMillis >= :from and r.changedAtMillis < :until order by r.id", Long.class)
                .setParameter("after", after)
                .setParameter("from", from == null ? Long.MIN_VALUE : from.toEpochMilli())
                .setParameter("until", until == null ? Long.MAX_VALUE : until.toEpochMilli())
                .setMaxResults(max)
                .getResultList();
    }
}
