package org.dictum.domain.extraction;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dictum.domain.actor.ActorType;

/**
 * An actor as extraction identified it, by canonical name, before it is matched to the authority.
 *
 * @param canonicalName the authority's name for the actor, e.g. "United States"
 * @param type          what kind of actor it is
 * @param aliases       other names the extractor knows for it (may be empty)
 * @param affiliation   for anonymous sources and officials: the country or organisation they speak for
 */
public record ActorReference(String canonicalName, ActorType type, List<String> aliases, ActorReference affiliation) {

    public ActorReference {
        Objects.requireNonNull(canonicalName, "canonicalName");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
    }

    public static ActorReference of(String canonicalName, ActorType type) {
        return new ActorReference(canonicalName, type, List.of(), null);
    }

    public Optional<ActorReference> affiliationIfAny() {
        return Optional.ofNullable(affiliation);
    }
}
