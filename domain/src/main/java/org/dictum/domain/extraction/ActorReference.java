package org.dictum.domain.extraction;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dictum.domain.actor.ActorStatus;
import org.dictum.domain.actor.ActorType;

/**
 * An actor as extraction identified it, by canonical name, before it is matched to the authority.
 *
 * @param canonicalName the authority's name for the actor, e.g. "United States"
 * @param type          what kind of actor it is
 * @param aliases       other names the extractor knows for it (may be empty)
 * @param affiliation   for anonymous sources and officials: the country or organisation they speak for
 * @param status        CONFIRMED for gazetteer actors, PROPOSED for actors extraction found on its own
 */
public record ActorReference(String canonicalName, ActorType type, List<String> aliases, ActorReference affiliation,
                             ActorStatus status) {

    public ActorReference {
        Objects.requireNonNull(canonicalName, "canonicalName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        aliases = List.copyOf(aliases);
    }

    /** A curated actor without aliases or affiliation. */
    public static ActorReference of(String canonicalName, ActorType type) {
        return new ActorReference(canonicalName, type, List.of(), null, ActorStatus.CONFIRMED);
    }

    /** An actor extraction found on its own, for librarians to confirm. */
    public static ActorReference proposed(String canonicalName, ActorType type, ActorReference affiliation) {
        return new ActorReference(canonicalName, type, List.of(), affiliation, ActorStatus.PROPOSED);
    }

    public Optional<ActorReference> affiliationIfAny() {
        return Optional.ofNullable(affiliation);
    }
}
