package org.dictum.domain.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dictum.domain.InvalidInputException;

/** The kinds of source an import reads. */
public enum ImportFormat {
    /** One JSON object per line, with the fields of {@code POST /api/articles}. */
    JSONL("jsonl", ".jsonl", ".ndjson"),
    /** Comma-separated values with a header row, mapped to article fields. */
    CSV("csv", ".csv"),
    /** A directory or a ZIP archive of .html/.htm/.txt files, one article each. */
    FILES("files", ".zip"),
    /** A WARC or WARC.gz web archive: its HTML and plain-text response records. */
    WARC("warc", ".warc", ".warc.gz");

    private final String label;
    private final String[] suffixes;

    ImportFormat(String label, String... suffixes) {
        this.label = label;
        this.suffixes = suffixes;
    }

    public String label() {
        return label;
    }

    /** The format named {@code name} (case-insensitive), for the request field {@code field}. */
    public static ImportFormat named(String name, String field) {
        return Arrays.stream(values())
                .filter(format -> format.label.equalsIgnoreCase(name == null ? "" : name.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "format must be one of "
                        + Arrays.stream(values()).map(ImportFormat::label).collect(Collectors.joining(", "))));
    }

    /** The format a file name suggests by its ending, if any. */
    public static Optional<ImportFormat> guessFrom(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(format -> Arrays.stream(format.suffixes).anyMatch(name::endsWith))
                .findFirst();
    }
}
