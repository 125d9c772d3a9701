package org.dictum.search.imports.source;

import java.util.Locale;

/**
 * The most bytes one record of an import may hold ({@code dictum.import.max-record-bytes}, by default the limit of a
 * {@code POST /api/articles} body): a JSON Lines line, a CSV row, a file of a directory or ZIP, a WARC payload. One
 * 15 MB line used to be read whole and crawled through extraction for minutes; a larger record is a failed record,
 * passed over without being held in memory where the format allows.
 */
public record RecordLimit(long maxBytes) {

    /** The configuration key, named in the reason a record is refused. */
    public static final String KEY = "dictum.import.max-record-bytes";

    /** A record is read into one array (and one string), so it cannot be larger than an array may be. */
    public static final long LARGEST = Integer.MAX_VALUE - 8;

    public RecordLimit {
        if (maxBytes <= 0 || maxBytes > LARGEST) {
            throw new IllegalArgumentException(KEY + " must be between 1 and " + LARGEST + ", not " + maxBytes);
        }
    }

    public boolean exceededBy(long bytes) {
        return bytes > maxBytes;
    }

    /** Why a record of {@code bytes} bytes is refused: {@code "the line holds 15,728,640 bytes, over the limit …"}. */
    String reason(String what, long bytes) {
        return String.format(Locale.ROOT, "%s holds %,d bytes, over the limit of %,d bytes a record may hold (%s)",
                what, bytes, maxBytes, KEY);
    }
}
