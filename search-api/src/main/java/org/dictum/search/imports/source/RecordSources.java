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

    /** The source's records after the first {@code position} ones; a directory's files in path order as it is now. */
    public static RecordSource open(ImportFormat format, Path path, FieldMapping mapping, RecordLimit limit, long position) {
        return open(format, path, null, mapping, limit, position);
    }

    /**
     * The source's records after the first {@code position} ones. {@code listing} keeps a directory's file names from
     * run to run ({@link DirectoryListing}), so that the position counts the same files in every run.
     */
    public static RecordSource open(ImportFormat format, Path path, Path listing, FieldMapping mapping, RecordLimit limit,
                                    long position) {
        RecordSource source = open(format, path, listing, mapping, limit);
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
        return count(format, path, null, mapping, limit);
    }

    /** How many records the source holds; a directory's files added since {@code listing} was written are listed. */
    public static long count(ImportFormat format, Path path, Path listing, FieldMapping mapping, RecordLimit limit) {
        try (RecordSource source = open(format, path, listing, mapping, limit)) {
            return source.skip(Long.MAX_VALUE);
        }
    }

    private static RecordSource open(ImportFormat format, Path path, Path listing, FieldMapping mapping, RecordLimit limit) {
        if (!Files.exists(path)) {
            throw new ImportSourceException("The import source " + path.getFileName() + " does not exist (any more)");
        }
        try {
            return switch (format) {
                case JSONL -> new JsonLinesSource(path, mapping, limit);
                case CSV -> new CsvSource(path, mapping, limit);
                case FILES -> FileTreeSource.open(path, listing, limit);
                case WARC -> new WarcSource(path, limit);
            };
        } catch (CharacterCodingException e) {
            throw Utf8Files.notUtf8(path, format == ImportFormat.CSV ? "CSV" : "JSON Lines", e);
        } catch (IOException e) {
            throw new ImportSourceException("Cannot open " + path.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
