package org.dictum.search.export;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats exports are written in, search exports and the audit log alike: their names, media
 * types and file extensions. Each export makes its own writer for a format.
 */
public enum ExportFormat {
    CSV(ExportFormat.CSV_TYPE + ";charset=UTF-8", "csv"),
    JSONL(ExportFormat.JSONL_TYPE + ";charset=UTF-8", "jsonl");

    /** The media types without their charset, for the {@code @Produces} of the endpoints that answer them. */
    public static final String CSV_TYPE = "text/csv";
    public static final String JSONL_TYPE = "application/x-ndjson";

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    <R> RowWriter<R> writer(List<Column<R>> columns, OutputStream out) {
        return switch (this) {
            case CSV -> new CsvRowWriter<>(columns, out);
            case JSONL -> new JsonLinesRowWriter<>(columns, out);
        };
    }

    public static Optional<ExportFormat> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.name().equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
