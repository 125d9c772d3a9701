package org.dictum.domain.statement;

/**
 * Where a statement stands in curation. Only {@link #EXTRACTED} is the extractor's own, untouched
 * word: every other status records a librarian's decision, which re-extraction keeps.
 */
public enum StatementStatus {
    /** Found by the extractor; no librarian has looked at it. */
    EXTRACTED,
    /** A librarian confirmed it as it stands. */
    VERIFIED,
    /** A librarian changed its speaker, cue, span, date, actors or topics. */
    CORRECTED,
    /** A librarian added it: the extractor missed it. */
    ADDED,
    /** A librarian ruled it is not a statement (with a reason); search leaves it out. */
    REJECTED;

    /** True when a librarian decided about the statement, so that no machine may replace it. */
    public boolean isCurated() {
        return this != EXTRACTED;
    }
}
