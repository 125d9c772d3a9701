package org.dictum.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Inserts shared reference rows (actors, topics, sources) in a transaction of their own, so that
 * two articles ingested at the same moment that both name a new actor do not fail on its unique
 * name: the loser of the race gets the winner's row.
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

    /**
     * Inserts a new row and returns it as managed by {@code current}; when a concurrent transaction
     * committed the same unique key first, returns that row instead.
     */
    public <T> T insertOrGetWinner(EntityManager current, Class<T> type, T entity, Supplier<Optional<T>> winner) {
        Object id;
        try {
            id = insert(entity);
        } catch (RuntimeException conflict) {
            return winner.get().orElseThrow(() -> conflict);
        }
        return current.find(type, id);
    }
}
