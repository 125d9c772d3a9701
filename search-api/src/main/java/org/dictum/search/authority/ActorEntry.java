package org.dictum.search.authority;

import java.util.List;
import org.dictum.domain.actor.Actor;

/**
 * An actor of the authority as the API and the portal show it; {@code wikidataId} repeats the
 * Wikidata entry of {@code identifiers} for clients written before there were several schemes.
 */
public record ActorEntry(long id, String canonicalName, String type, String status, List<String> aliases,
                         String country, List<IdentifierEntry> identifiers, String wikidataId, ActorLink affiliation, ActorLink mergedInto, long version) {

    /** Another actor, by id and name. */
    public record ActorLink(long id, String canonicalName) {
        static ActorLink of(Actor actor) {
            return new ActorLink(actor.getId(), actor.getCanonicalName());
        }
    }

    public static ActorEntry of(Actor actor) {
        return new ActorEntry(actor.getId(), actor.getCanonicalName(), actor.getType().name(), actor.getStatus().name(),
                List.copyOf(actor.getAliases()), actor.getCountry().orElse(null),
                actor.getIdentifiers().stream().sorted().map(IdentifierEntry::of).toList(), actor.getWikidataId().orElse(null),
                actor.getAffiliation().map(ActorLink::of).orElse(null), actor.getMergedInto().map(ActorLink::of).orElse(null), actor.getVersion());
    }
}
