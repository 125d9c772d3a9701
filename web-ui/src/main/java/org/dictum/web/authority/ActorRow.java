package org.dictum.web.authority;

import java.io.Serializable;
import java.util.List;
import org.dictum.search.authority.ActorEntry;

/** One actor for the Actors page (Faces EL reads getters, not record accessors). */
public final class ActorRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ActorEntry actor;

    ActorRow(ActorEntry actor) {
        this.actor = actor;
    }

    public long getId() {
        return actor.id();
    }

    public String getCanonicalName() {
        return actor.canonicalName();
    }

    public String getType() {
        return actor.type().toLowerCase(java.util.Locale.ROOT);
    }

    public String getStatus() {
        return actor.status().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isProposed() {
        return "PROPOSED".equals(actor.status());
    }

    public List<String> getAliases() {
        return actor.aliases();
    }

    public String getCountry() {
        return actor.country();
    }

    public String getWikidataId() {
        return actor.wikidataId();
    }

    /** Each identifier as {scheme, value, url}: Faces EL reads arrays, not record accessors. */
    public List<String[]> getIdentifiers() {
        return actor.identifiers().stream().map(id -> new String[] {id.scheme(), id.value(), id.url()}).toList();
    }

    public String getAffiliationName() {
        return actor.affiliation() == null ? null : actor.affiliation().canonicalName();
    }

    public boolean isMerged() {
        return actor.mergedInto() != null;
    }

    public String getMergedIntoName() {
        return actor.mergedInto() == null ? null : actor.mergedInto().canonicalName();
    }

    public long getVersion() {
        return actor.version();
    }
}
