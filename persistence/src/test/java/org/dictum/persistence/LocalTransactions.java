package org.dictum.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Function;

/** Work in a resource-local transaction of its own, committed when the work returns and rolled back when it throws, for tests without a container. */
public final class LocalTransactions {

    private LocalTransactions() {
    }

    public static <T> T inTransaction(EntityManagerFactory sessions, Function<EntityManager, T> work) {
        EntityManager em = sessions.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException failed) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw failed;
        } finally {
            em.close();
        }
    }
}
