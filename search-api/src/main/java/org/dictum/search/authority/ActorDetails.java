package org.dictum.search.authority;

import java.util.List;
import org.dictum.domain.actor.ActorType;
import org.dictum.domain.actor.ExternalIdentifier;

/**
 * The descriptive fields of an actor a librarian sets together: null type keeps it, null country
 * clears it, and the identifiers replace the actor's (an empty list clears them).
 */
public record ActorDetails(ActorType type, String country, List<ExternalIdentifier> identifiers) {

    public ActorDetails {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }
}
