package org.dictum.search.imports;

import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/imports/server-files}: a file or directory below
 * {@code dictum.import.server-dir}, its format (guessed from the name when absent; a directory is
 * {@code files}) and, for CSV and JSON Lines, a field mapping such as {@code text=body,publishedAt=date}.
 */
public record ServerFileImport(@Size(max = 1000) String path, @Size(max = 10) String format, @Size(max = 2000) String mapping) {
}
