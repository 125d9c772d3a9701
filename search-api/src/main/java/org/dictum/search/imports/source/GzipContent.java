package org.dictum.search.imports.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * What a gzip file holds, told by the start of its decompressed content, for the messages refusing it. A gzip
 * imported as JSON Lines or CSV was told that "a .warc.gz takes format warc" whatever it held: a gzipped feed of
 * JSON Lines was sent to the WARC reader, which then refused it in turn.
 */
final class GzipContent {

    /** Enough to see a WARC version line, a JSON value's first character or a CSV header. */
    private static final int START = 512;

    /** What was found at the start of a gzip's content. */
    enum Kind {
        WARC("a WARC web archive"),
        JSON("JSON text"),
        COMMA_SEPARATED("comma-separated text"),
        TEXT("text"),
        OTHER("data that is not text"),
        EMPTY("an empty file"),
        BROKEN("data that cannot be decompressed");

        private final String phrase;

        Kind(String phrase) {
            this.phrase = phrase;
        }

        /** In words: {@code "JSON text"}. */
        String phrase() {
            return phrase;
        }
    }

    private GzipContent() {
    }

    /** Whether the file starts as a gzip stream does. */
    static boolean gzipped(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        } catch (IOException unreadable) {
            return false;
        }
    }

    /** What the gzip {@code file} holds, or empty when it is no gzip. */
    static Optional<Kind> of(Path file) {
        if (!gzipped(file)) {
            return Optional.empty();
        }
        byte[] start = new byte[START];
        int n = 0;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            int read;
            while (n < START && (read = in.read(start, n, START - n)) > 0) {
                n += read;
            }
        } catch (IOException broken) {
            // A gzip cut short still shows what it began with.
            if (n == 0) {
                return Optional.of(Kind.BROKEN);
            }
        }
        return Optional.of(n == 0 ? Kind.EMPTY : kindOf(start, n));
    }

    /**
     * How to import what the gzip {@code file} holds, for a message refusing it as another format:
     * {@code " (it is a gzip of JSON text: decompress it (gunzip) and import the file it holds)"}, or nothing.
     */
    static String hint(Path file) {
        return of(file).map(kind -> switch (kind) {
            case WARC -> " (it is a gzip-compressed WARC web archive: import it with format warc, --format warc)";
            case EMPTY -> " (it is a gzip of an empty file)";
            case OTHER -> " (it is a gzip of data that is not text)";
            case BROKEN -> " (it looks like a gzip file, but cannot be decompressed)";
            default -> " (it is a gzip of " + kind.phrase() + ": decompress it (gunzip) and import the file it holds)";
        }).orElse("");
    }

    private static Kind kindOf(byte[] bytes, int length) {
        Optional<String> text = utf8Start(bytes, length);
        if (text.isEmpty()) {
            return Kind.OTHER;
        }
        String start = text.get().stripLeading();
        if (start.startsWith("WARC/")) {
            return Kind.WARC;
        }
        if (start.startsWith("{") || start.startsWith("[")) {
            return Kind.JSON;
        }
        int lineEnd = start.indexOf('\n');
        return (lineEnd < 0 ? start : start.substring(0, lineEnd)).contains(",") ? Kind.COMMA_SEPARATED : Kind.TEXT;
    }

    /** The bytes as UTF-8 text without a byte order mark, a character cut off at the end left out; empty when they are no text. */
    private static Optional<String> utf8Start(byte[] bytes, int length) {
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult result = Utf8Files.strictDecoder().decode(ByteBuffer.wrap(bytes, 0, length), out, false);
        if (result.isError()) {
            return Optional.empty();
        }
        String text = out.flip().toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return TextContent.problem(text).isPresent() ? Optional.empty() : Optional.of(text);
    }
}
