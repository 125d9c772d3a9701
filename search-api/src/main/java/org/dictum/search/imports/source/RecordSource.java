package org.dictum.search.imports.source;

import java.io.Closeable;
import java.util.Optional;

/**
 * The records of one import source in a fixed order. Problems of one record come back as a
 * malformed {@link SourceRecord}; problems of the whole source as {@link ImportSourceException}.
 */
public interface RecordSource extends Closeable {

    /** The next record, or empty at the end of the source: a source without records ends at once. */
    Optional<SourceRecord> next();

    /**
     * Why the source holds no record, in words for the librarian (what it holds instead, what its format reads): asked
     * once it ended before its first record, which fails the import rather than letting it complete having read
     * nothing. Counting such a source is no failure: it holds 0 records.
     */
    String nothingToImport();

    /** Passes over up to {@code count} records (cheaper than reading them where a format allows); returns how many. */
    default long skip(long count) {
        long skipped = 0;
        while (skipped < count && next().isPresent()) {
            skipped++;
        }
        return skipped;
    }

    @Override
    void close();
}
