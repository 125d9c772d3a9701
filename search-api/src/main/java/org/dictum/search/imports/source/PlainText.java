package org.dictum.search.imports.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.dictum.domain.extraction.ByteOrderMark;

/**
 * Decodes plain text: a {@code .txt} file of a directory or ZIP, a {@code text/plain} WARC payload. HTML declares its
 * charset or has it sniffed ({@code HtmlDecoding}); plain text has nothing to go by but a byte order mark and, in a
 * WARC, the charset its HTTP header names. Text that is UTF-8 is read as UTF-8 (whatever a header says: servers name
 * ISO-8859-1 by default), else by the charset the header names. Other text used to be read as UTF-8 anyway, storing
 * replacement characters in place of every accented letter, silently; guessing Windows-1252 as browsers do would turn
 * Cyrillic or Greek text into plausible mojibake instead. It is refused, naming its first byte that is not UTF-8, so
 * the librarian saves the file as UTF-8 and imports it again.
 */
final class PlainText {

    /** The text, or (text null) why the bytes cannot be read as text. */
    record Decoded(String text, String problem) {
    }

    private PlainText() {
    }

    /**
     * The bytes as text; {@code declared} is the charset a WARC response's header names, or empty. Refused text says
     * whether a charset was declared: a response declaring UTF-8 whose bytes are not was said to declare none.
     */
    static Decoded decode(byte[] bytes, Optional<Charset> declared) {
        if (ByteOrderMark.isUtf16(bytes)) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_16), null);
        }
        int start = ByteOrderMark.isUtf8(bytes) ? ByteOrderMark.UTF_8_LENGTH : 0;
        try {
            String text = Utf8Files.strictDecoder().decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            return new Decoded(text, null);
        } catch (CharacterCodingException notUtf8) {
            Optional<Charset> other = declared.filter(charset -> !charset.equals(StandardCharsets.UTF_8));
            if (other.isPresent()) {
                return new Decoded(new String(bytes, other.get()), null);
            }
            String where = Utf8Files.firstMalformedByte(bytes).map(position -> ": " + position + " is not UTF-8").orElse("");
            String declaration = declared.isPresent() ? ", though its header declares UTF-8" : ", and no charset is declared";
            return new Decoded(null, "not UTF-8 text" + where + declaration + "; save it as UTF-8"
                    + " (it may be Latin-1, Windows-1252 or another legacy encoding) and import it again");
        }
    }
}
