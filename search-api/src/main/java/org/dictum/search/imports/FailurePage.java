package org.dictum.search.imports;

import java.util.List;

/** A page of an import's failed records, in source order. */
public record FailurePage(long importId, long total, int offset, int limit, List<FailedRecord> failures) {
}
