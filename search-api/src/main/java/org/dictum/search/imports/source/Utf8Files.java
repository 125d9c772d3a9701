package org.dictum.search.imports.source;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * UTF-8 record files as text, without the byte order mark that spreadsheet programs put first
 * ("CSV UTF-8" in Excel): kept, it became part of the first column's name, so the title column of
 * {@code \uFEFFtitle,text} went unread and a file starting with {@code text} had "no text column".
 */
public final class Utf8Files {

    private static final int BYTE_ORDER_MARK = '\uFEFF';

    private Utf8Files() {
    }

    static BufferedReader open(Path file) throws IOException {
        BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        reader.mark(1);
        if (reader.read() != BYTE_ORDER_MARK) {
            reader.reset();
        }
        return reader;
    }

    /**
     * Where the first byte that is not UTF-8 is, in words ({@code "line 2001 (byte 34017, 0xE9)"}), or empty when the file
     * is UTF-8 throughout. The reader that failed decodes thousands of characters ahead of the line it hands out, so
     * its own count named a line hundreds before the bad byte; this reads the file again, once, from the start.
     */
    static Optional<String> firstMalformedByte(Path file) {
        try (ReadableByteChannel channel = Files.newByteChannel(file)) {
            return firstMalformedByte(channel);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** As {@link #firstMalformedByte(Path)}, for a file's content in memory (a file of a ZIP, a WARC payload). */
    static Optional<String> firstMalformedByte(byte[] content) {
        try {
            return firstMalformedByte(Channels.newChannel(new ByteArrayInputStream(content)));
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
    }

    /** A UTF-8 decoder that reports a malformed byte instead of putting a replacement character in its place. */
    public static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static Optional<String> firstMalformedByte(ReadableByteChannel channel) throws IOException {
        CharsetDecoder decoder = strictDecoder();
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        long consumed = 0;
        long line = 1;
        boolean end = false;
        while (!end) {
            end = channel.read(in) < 0;
            in.flip();
            int start = in.position();
            CoderResult result = decoder.decode(in, out, end);
            for (int i = start; i < in.position(); i++) {
                if (in.get(i) == '\n') {
                    line++;
                }
            }
            consumed += in.position() - start;
            if (result.isError()) {
                return Optional.of(String.format(Locale.ROOT, "line %d (byte %d, 0x%02X)",
                        line, consumed + 1, in.get(in.position()) & 0xff));
            }
            out.clear();
            in.compact();
        }
        return Optional.empty();
    }

    /**
     * Why a file that a {@code kind} reader could not decode cannot be imported, saying where its first byte that is not
     * UTF-8 is: {@code "feed.csv is not UTF-8 CSV text: line 2001 (byte 34017, 0xE9) is not UTF-8; save the file as UTF-8"}.
     */
    static ImportSourceException notUtf8(Path file, String kind, Exception cause) {
        String where = firstMalformedByte(file).map(position -> ": " + position + " is not UTF-8").orElse("");
        String hint = kindHint(file);
        return new ImportSourceException(file.getFileName() + " is not UTF-8 " + kind + " text" + where
                + (hint.isEmpty() ? "; save the file as UTF-8 (it may be Latin-1 or Windows-1252)" : hint), cause);
    }

    /** What a file that is not text looks like, for the message refusing it: {@code "; it looks like …"} or nothing. */
    static String kindHint(Path file) {
        byte[] start = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(start, 0, 4);
        } catch (IOException e) {
            return "";
        }
        if (n >= 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4) {
            return " (it looks like a ZIP archive: import it with format files, --format files)";
        }
        if (n >= 2 && ((start[0] & 0xff) == 0xFF && (start[1] & 0xff) == 0xFE || (start[0] & 0xff) == 0xFE && (start[1] & 0xff) == 0xFF)) {
            return " (it is UTF-16 text, as Windows PowerShell and Notepad's \"Unicode\" save it: save the file as UTF-8)";
        }
        return GzipContent.hint(file);
    }
}
