package org.dictum.search.imports;

import java.time.Instant;
import org.dictum.domain.imports.ImportFailure;

/** A record an import could not store: its number in the source, where it is, and why. */
public record FailedRecord(long record, String locator, String reason, Instant at) implements java.io.Serializable {

    static FailedRecord of(ImportFailure failure) {
        return new FailedRecord(failure.getRecordNumber(), failure.getLocator(), failure.getReason(), failure.getRecordedAt());
    }
}
