package org.dictum.search.mapping;

/** The curation status of a statement in the index, for leaving rejected statements out. */
public final class StatementStatusField {

    public static final String NAME = "status";

    private StatementStatusField() {
    }
}
