package org.dictum.domain.statement;

/** Where a statement stands in curation. */
public enum StatementStatus {
    EXTRACTED,
    VERIFIED,
    REJECTED
}
