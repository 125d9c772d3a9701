package org.dictum.search.imports.source;

/**
 * The source as a whole cannot be read on (not a single bad record): a missing file, a CSV header
 * without a mapped column, a WARC that breaks off. The import fails with this message.
 */
public class ImportSourceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ImportSourceException(String message) {
        super(message);
    }

    public ImportSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
