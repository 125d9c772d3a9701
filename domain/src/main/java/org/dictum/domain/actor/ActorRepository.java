package org.dictum.domain.actor;

import java.util.Optional;

/** The actor authority's store. */
public interface ActorRepository {

    /** Exact, case-sensitive match on the canonical name. */
    Optional<Actor> findByCanonicalName(String canonicalName);

    Actor save(Actor actor);

    long count();
}
