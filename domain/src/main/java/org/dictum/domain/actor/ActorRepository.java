package org.dictum.domain.actor;

import java.util.Optional;

/** The actor authority's store. */
public interface ActorRepository {

    /** Exact, case-sensitive match on the canonical name. */
    Optional<Actor> findByCanonicalName(String canonicalName);

    /**
     * Stores a new actor at once, on its own: when a concurrent transaction stored an actor with the
     * same canonical name first, returns that one instead of failing.
     */
    Actor save(Actor actor);

    long count();
}
