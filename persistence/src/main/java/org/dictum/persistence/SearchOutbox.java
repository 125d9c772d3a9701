package org.dictum.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Hibernate Search's outbox (table {@code HSEARCH_OUTBOX_EVENT}, migration V15): with
 * {@code dictum.search.coordination=outbox-polling}, each change to an indexed record leaves an
 * event there until an event processor of some node has applied it to the index. Always empty
 * without coordination. The table belongs to Hibernate Search: it is only counted here.
 */
@ApplicationScoped
public class SearchOutbox {

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    /** Index updates committed to the database but not yet applied to the search index. */
    public long pendingIndexUpdates() {
        return ((Number) em.createNativeQuery("select count(*) from HSEARCH_OUTBOX_EVENT").getSingleResult()).longValue();
    }
}
