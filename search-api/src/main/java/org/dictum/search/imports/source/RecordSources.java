package org.dictum.search.imports.source;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dictum.domain.imports.ImportFormat;

/** Opens the reader of a format. */
public final class RecordSources {

    private RecordSources() {
    }

    /** The source's records after the first {@code position} ones. */
    public static RecordSource open(ImportFormat format, Path path, FieldMapping mapping, RecordLimit limit, long position) {
        RecordSource source = open(format, path, mapping, limit);
        try {
            long skipped = source.skip(position);
            if (skipped < position) {
                throw new ImportSourceException("The source has " + skipped + " records, fewer than the " + position
                        + " already imported: was it changed?");
            }
            return source;
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
    }

    /** How many records the source holds. */
    public static long count(ImportFormat format, Path path, FieldMapping mapping, RecordLimit limit) {
        try (RecordSource source = open(format, path, mapping, limit)) {
            return source.skip(Long.MAX_VALUE);
        }
    }

    private static RecordSource open(ImportFormat format, Path path, FieldMapping mapping, RecordLimit limit) {
        if (!Files.exists(path)) {
            throw new ImportSourceException("The import source " + path.getFileName() + " does not exist (any more)");
        }
        try {
            return switch (format) {
                case JSONL -> new JsonLinesSource(path, mapping, limit);
                case CSV -> new CsvSource(path, mapping, limit);
                case FILES -> FileTreeSource.open(path, limit);
                case WARC -> new WarcSource(path, limit);
            };
        } catch (CharacterCodingException e) {
            throw Utf8Files.notUtf8(path, format == ImportFormat.CSV ? "CSV" : "JSON Lines", e);
        } catch (IOException e) {
            throw new ImportSourceException("Cannot open " + path.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
