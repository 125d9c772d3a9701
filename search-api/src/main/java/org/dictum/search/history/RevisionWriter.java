package org.dictum.search.history;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

/** Writes record revisions to a stream in one export format; {@link #finish()} flushes what is left. */
public interface RevisionWriter {

    void write(RecordRevision revision);

    void finish();

    /** The export formats of the audit log. */
    enum Format {
        CSV("text/csv;charset=UTF-8", "csv"),
        JSONL("application/x-ndjson;charset=UTF-8", "jsonl");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }

        public RevisionWriter writingTo(OutputStream out) {
            return this == CSV ? new CsvRevisionWriter(out) : new JsonLinesRevisionWriter(out);
        }

        public static Optional<Format> named(String name) {
            if (name == null) {
                return Optional.empty();
            }
            String wanted = name.strip().toUpperCase(Locale.ROOT);
            for (Format format : values()) {
                if (format.name().equals(wanted)) {
                    return Optional.of(format);
                }
            }
            return Optional.empty();
        }
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException("Writing the audit export failed", e);
    }
}
