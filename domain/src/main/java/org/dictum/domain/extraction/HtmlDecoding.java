package org.dictum.domain.extraction;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a fetched HTML page into text. Bytes that are valid UTF-8 are decoded as UTF-8 whatever the
 * page declares: many pages declare iso-8859-1 but were saved as UTF-8, and text in a real single-byte encoding is
 * almost never valid UTF-8 by accident. Otherwise the declared charset is used, iso-8859-1 read as windows-1252 as
 * browsers do, and windows-1252 when nothing usable is declared.
 */
public final class HtmlDecoding {

    /** Declarations are looked for in the page's first bytes only, as browsers do. */
    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern DECLARED_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private HtmlDecoding() {
    }

    public static String decode(byte[] bytes) {
        return decode(bytes, null);
    }

    /**
     * As {@link #decode(byte[])}, with the charset the page's HTTP {@code Content-Type} declared ({@code null}: none),
     * which comes before the page's own meta tag as in browsers: crawled pages often declare windows-1251 or koi8-r
     * only there. A header naming latin-1, ASCII or UTF-8 decides nothing, as servers send it by default.
     */
    public static String decode(byte[] bytes, String transportCharset) {
        if (ByteOrderMark.isUtf8(bytes)) {
            int start = ByteOrderMark.UTF_8_LENGTH;
            return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        }
        if (ByteOrderMark.isUtf16(bytes)) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        if (isValidUtf8(bytes)) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return new String(bytes, specificCharset(transportCharset).orElseGet(() -> declaredCharset(bytes)));
    }

    static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher declared = DECLARED_CHARSET.matcher(head);
        return declared.find() ? specificCharset(declared.group(1)).orElse(WINDOWS_1252) : WINDOWS_1252;
    }

    /**
     * The charset a declaration names, unless it names none, an unknown one or one that says nothing about bytes that
     * are not UTF-8: latin-1 and ASCII (browsers read them as their superset windows-1252), and UTF-8 (a false
     * declaration, since valid UTF-8 was ruled out before).
     */
    private static Optional<Charset> specificCharset(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String lower = name.strip().toLowerCase(Locale.ROOT);
        if (lower.equals("iso-8859-1") || lower.equals("latin1") || lower.equals("us-ascii") || lower.startsWith("utf")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(lower));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return Optional.empty();
        }
    }
}
