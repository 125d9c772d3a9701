package org.dictum.search.history;

import jakarta.json.bind.annotation.JsonbNillable;

/** One audited field of a record, as it was before a revision and as the revision left it (null: empty). */
@JsonbNillable
public record FieldChange(String field, String before, String after) {
}
