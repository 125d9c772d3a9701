package org.dictum.search.history;

/** One audited field of a record, as it was before a revision and as the revision left it (null: empty). */
public record FieldChange(String field, String before, String after) {
}
