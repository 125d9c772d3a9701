package org.dictum.domain.actor;

import java.util.List;
import java.util.Optional;
import org.dictum.domain.Text;

/**
 * The actor authority's store. Lookups by name compare names as the authority stores them
 * ({@link Actor#normalName}: stripped, Unicode NFC), whatever form the name is given in.
 */
public interface ActorRepository {

    Optional<Actor> findActor(long id);

    /** Exact, case-sensitive match on the canonical name; merged actors (tombstones) included. */
    Optional<Actor> findByCanonicalName(String canonicalName);

    /**
     * The confirmed, unmerged actor one of whose aliases is exactly {@code alias}; the one with the
     * lowest id when several share it.
     */
    Optional<Actor> findConfirmedByAlias(String alias);

    /**
     * The actor a name leads to, as ingestion and statement corrections read it: the actor with that canonical name
     * (its survivor when it was merged: a tombstone never gets new links), else the confirmed actor with that alias.
     */
    default Optional<Actor> findNamed(String name) {
        Optional<Actor> byCanonicalName = findByCanonicalName(name).map(Actor::resolved);
        return byCanonicalName.isPresent() ? byCanonicalName : findConfirmedByAlias(name);
    }

    /**
     * The unmerged actor, of any status, one of whose aliases is exactly {@code alias} (a renamed
     * actor keeps its old name as an alias); the one with the lowest id when several share it.
     */
    Optional<Actor> findLiveByAlias(String alias);

    /**
     * The unmerged actors, of any status, whose canonical name or one of whose aliases equals {@code name}
     * ignoring case, by id: the names a librarian's new name must not merely recase.
     */
    List<Actor> findLiveNamedIgnoringCase(String name);

    /** The live (unmerged) actors other than {@code self} (null: none) that have {@code identifier}. */
    List<Actor> othersIdentifiedAs(ExternalIdentifier identifier, Actor self);

    /**
     * Actors whose canonical name or an alias contains {@code text} (ignoring case; null: any),
     * with {@code status} (null: any), without tombstones unless {@code withMerged}: proposed
     * actors first, then by canonical name.
     */
    List<Actor> search(ActorFilter filter, int offset, int limit);

    long count(ActorFilter filter);

    /**
     * Stores a new actor at once, on its own: when a concurrent transaction stored an actor with the
     * same canonical name first, returns that one instead of failing.
     */
    Actor save(Actor actor);

    /**
     * Stores new actors at once, together on their own (one unit of work, committed at once): all of
     * them, or none when a concurrent transaction stored one of their canonical names first (false:
     * then store them one by one with {@link #save}, which takes the winner's row). An actor may name
     * one listed before it as its affiliation. Lookups by name in the current unit of work find them.
     */
    boolean saveAll(List<Actor> actors);

    /** Stores a new actor within the current unit of work (a librarian's edit, all or nothing). */
    Actor add(Actor actor);

    long count();

    /** What {@link #search} selects. */
    record ActorFilter(String text, ActorStatus status, boolean withMerged) {

        public ActorFilter {
            text = Text.nfc(text);
        }

        public static ActorFilter all() {
            return new ActorFilter(null, null, false);
        }
    }
}
