package org.dictum.search.history;

import org.hibernate.envers.RevisionType;

/** What a revision did to a record. */
public enum RevisionKind {
    CREATED, CHANGED, DELETED;

    static RevisionKind of(RevisionType type) {
        return switch (type) {
            case ADD -> CREATED;
            case MOD -> CHANGED;
            case DEL -> DELETED;
        };
    }

    /** The lower-case name used in the API and exports. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
