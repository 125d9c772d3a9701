package org.dictum.search.imports.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.dictum.domain.extraction.ByteOrderMark;

/**
 * The lines of a UTF-8 file (ended by {@code \n}, {@code \r\n} or {@code \r}, as {@link java.io.BufferedReader} ends
 * them; a byte order mark at the start of a line passed over: files saved on Windows and joined with {@code cat} have
 * one at the start of each), each held in memory only up to the {@link RecordLimit}: a longer line
 * is read past, counting its bytes, and comes back as its size alone. A line whose bytes are not UTF-8 throws
 * {@link CharacterCodingException}.
 */
final class BoundedLines implements Closeable {

    /** A line: its number from 1 and its text, or (text null) the size of a line over the limit. */
    record Line(long number, String text, long bytes) {

        boolean oversized() {
            return text == null;
        }
    }

    private final InputStream in;
    private final RecordLimit limit;
    private final CharsetDecoder decoder = Utf8Files.strictDecoder();
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int end;
    private byte[] line = new byte[1024];
    private long number;

    BoundedLines(Path file, RecordLimit limit) throws IOException {
        this.in = Files.newInputStream(file);
        this.limit = limit;
    }

    /** The next line, or null at the end of the file. */
    Line next() throws IOException {
        if (!fill()) {
            return null;
        }
        number++;
        long bytes = 0;
        while (fill()) {
            int start = position;
            while (position < end && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            keep(bytes, start, position - start);
            bytes += position - start;
            if (position < end) {
                boolean carriageReturn = buffer[position++] == '\r';
                if (carriageReturn && fill() && buffer[position] == '\n') {
                    position++;
                }
                break;
            }
        }
        if (limit.exceededBy(bytes)) {
            return new Line(number, null, bytes);
        }
        int start = bytes >= ByteOrderMark.UTF_8_LENGTH && ByteOrderMark.isUtf8(line) ? ByteOrderMark.UTF_8_LENGTH : 0;
        return new Line(number, decoder.decode(ByteBuffer.wrap(line, start, (int) bytes - start)).toString(), bytes);
    }

    /** Copies the line's bytes after the first {@code kept} ones while the line is within the limit. */
    private void keep(long kept, int start, int length) {
        if (limit.exceededBy(kept + length)) {
            return;
        }
        int needed = (int) kept + length;
        if (needed > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(Math.max(needed, 2L * line.length), limit.maxBytes()));
        }
        System.arraycopy(buffer, start, line, (int) kept, length);
    }

    /** Whether bytes are left to read, reading more when the buffer is used up. */
    private boolean fill() throws IOException {
        while (position >= end) {
            int read = in.read(buffer);
            if (read < 0) {
                return false;
            }
            position = 0;
            end = read;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
