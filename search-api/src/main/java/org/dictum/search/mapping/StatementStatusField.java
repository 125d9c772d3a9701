package org.dictum.search.mapping;

/**
 * The curation state of statements and articles in the index, for leaving rejected statements and
 * withdrawn articles (with their statements) out of every search.
 */
public final class StatementStatusField {

    public static final String NAME = "status";

    /** Holds {@link #WITHDRAWN_VALUE} on a withdrawn article and on each of its statements; absent otherwise. */
    public static final String WITHDRAWN = "withdrawn";

    public static final String WITHDRAWN_VALUE = "true";

    /**
     * Holds {@link #WITHDRAWN_VALUE} ("true") on an article that is a later copy of a story archived
     * earlier, and on each of its statements; absent on a story's origin. Searches for distinct
     * stories leave the copies out.
     */
    public static final String STORY_COPY = "story_copy";

    private StatementStatusField() {
    }
}
