package org.dictum.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Commits one new row in a transaction of its own. Called through its CDI proxy (from
 * {@link SharedRows}), never from inside this bean: a self-call would skip the new transaction.
 */
@ApplicationScoped
public class IndependentInserts {

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    /** Commits {@code entity} on its own and returns its id. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Object insert(Object entity) {
        em.persist(entity);
        em.flush();
        return em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
    }
}
