package org.dictum.search.authority;

import org.dictum.domain.actor.ExternalIdentifier;

/** An actor's identifier in an authority file as the API shows it: {@code wikidata}, {@code Q7747}, where to read it. */
public record IdentifierEntry(String scheme, String value, String url) {

    static IdentifierEntry of(ExternalIdentifier identifier) {
        return new IdentifierEntry(identifier.getScheme().key(), identifier.getValue(), identifier.url());
    }
}
