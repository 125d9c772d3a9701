package org.dictum.domain.statement;

/** How a statement is rendered in the text. */
public enum StatementKind {
    /** The speaker's words between quotation marks. */
    DIRECT_QUOTE,
    /** The speaker's words paraphrased by the writer ("X said that ..."). */
    REPORTED_SPEECH
}
