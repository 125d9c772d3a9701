package org.dictum.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Inserts shared reference rows (actors, topics, sources) so that two articles ingested at the same
 * moment that both name a new actor do not fail on its unique name: the loser of the race gets the
 * winner's row, and the caller's own transaction is never marked for rollback by the conflict.
 */
@ApplicationScoped
public class SharedRows {

    @Inject
    IndependentInserts inserts;

    /** The new row, or the row a concurrent transaction committed first, as managed by {@code current}. */
    public <T> T insertOrGetWinner(EntityManager current, Class<T> type, T entity, Supplier<Optional<T>> winner) {
        Object id;
        try {
            id = inserts.insert(entity);
        } catch (RuntimeException conflict) {
            return winner.get().orElseThrow(() -> conflict);
        }
        return current.find(type, id);
    }

    /**
     * Commits the new rows together and returns their ids, in their order; empty when any of them
     * conflicts with a row a concurrent transaction committed first, and then none is stored (the
     * caller inserts them one by one with {@link #insertOrGetWinner}).
     */
    public Optional<List<Object>> insertAllOrNone(List<?> entities) {
        try {
            return Optional.of(inserts.insertAll(entities));
        } catch (RuntimeException conflict) {
            return Optional.empty();
        }
    }
}
