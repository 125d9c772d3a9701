package org.dictum.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.actor.ActorRepository;

@ApplicationScoped
public class JpaActorRepository implements ActorRepository {

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    @Inject
    IndependentInserts inserts;

    @Override
    public Optional<Actor> findByCanonicalName(String canonicalName) {
        return em.createQuery("select a from Actor a where a.canonicalName = :name", Actor.class)
                .setParameter("name", canonicalName)
                .getResultStream().findFirst();
    }

    @Override
    public Actor save(Actor actor) {
        if (actor.getId() != null) {
            return em.merge(actor);
        }
        return inserts.insertOrGetWinner(em, Actor.class, actor, () -> findByCanonicalName(actor.getCanonicalName()));
    }

    @Override
    public long count() {
        return em.createQuery("select count(a) from Actor a", Long.class).getSingleResult();
    }
}
