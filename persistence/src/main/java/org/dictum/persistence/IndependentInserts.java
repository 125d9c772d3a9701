package org.dictum.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Commits new rows in a transaction of their own. Called through its CDI proxy (from
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

    /** Commits {@code entities} together on their own, in one transaction, and returns their ids in their order. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Object> insertAll(List<?> entities) {
        entities.forEach(em::persist);
        em.flush();
        PersistenceUnitUtil ids = em.getEntityManagerFactory().getPersistenceUnitUtil();
        return entities.stream().map(ids::getIdentifier).toList();
    }
}
