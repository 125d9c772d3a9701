package org.dictum.search.authority;

import org.dictum.domain.actor.ActorType;

/** The descriptive fields of an actor a librarian sets together; null country or QID clears it. */
public record ActorDetails(ActorType type, String country, String wikidataId) {
}
