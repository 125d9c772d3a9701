package org.dictum.search.imports.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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

    /** A record's bytes, or (bytes null) the size of one over the limit. */
    record Bytes(byte[] bytes, long size) {

        boolean oversized() {
            return bytes == null;
        }
    }

    /**
     * The stream's bytes up to its end when they are within the limit; else it is read to its end without keeping
     * them (a ZIP entry or a WARC payload has to be read past anyway), counting them.
     */
    Bytes read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, LARGEST));
        if (!exceededBy(bytes.length)) {
            return new Bytes(bytes, bytes.length);
        }
        return new Bytes(null, bytes.length + in.transferTo(OutputStream.nullOutputStream()));
    }

    /** Why a record of {@code bytes} bytes is refused: {@code "the line holds 15,728,640 bytes, over the limit …"}. */
    String reason(String what, long bytes) {
        return String.format(Locale.ROOT, "%s holds %,d bytes, over the limit of %,d bytes a record may hold (%s)",
                what, bytes, maxBytes, KEY);
    }
}
