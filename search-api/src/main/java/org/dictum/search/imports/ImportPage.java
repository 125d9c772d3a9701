package org.dictum.search.imports;

import java.util.List;

/** A page of imports, newest first. */
public record ImportPage(long total, int offset, int limit, List<ImportSummary> imports) {
}
