package org.dictum.search.history;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.dictum.search.export.ExportFormat;

/** Writes record revisions to a stream in one export format; {@link #finish()} flushes what is left. */
public interface RevisionWriter {

    void write(RecordRevision revision);

    void finish();

    /**
     * A writer of the audit log in {@code format}, the formats of search exports: one place says
     * which formats there are, what they are called and how they are served.
     */
    static RevisionWriter writingTo(ExportFormat format, OutputStream out) {
        return switch (format) {
            case CSV -> new CsvRevisionWriter(out);
            case JSONL -> new JsonLinesRevisionWriter(out);
        };
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException("Writing the audit export failed", e);
    }
}
