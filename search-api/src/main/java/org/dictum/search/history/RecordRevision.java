package org.dictum.search.history;

import jakarta.json.bind.annotation.JsonbNillable;

import java.time.Instant;
import java.util.List;

/**
 * One revision of one audited record: who changed it, when, why (null when no reason was given),
 * and the fields it changed with their values before and after.
 *
 * @param record the kind of record, as in the API paths ({@code article}, {@code statement}, ...)
 */
@JsonbNillable
public record RecordRevision(long revision, Instant timestamp, String user, String reason, String record,
                             long recordId, String kind, List<FieldChange> changes) {

    public RecordRevision {
        changes = List.copyOf(changes);
    }
}
