package org.dictum.domain.statement;

/** Who first found a statement: the extractor or a librarian. Never changes once set. */
public enum StatementOrigin {
    EXTRACTOR,
    LIBRARIAN
}
