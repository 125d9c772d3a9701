package org.dictum.domain.ingest;

import java.util.Map;
import java.util.Optional;
import org.dictum.domain.InvalidInputException;

/**
 * Whether an article's fields can be archived as text, the one rule for {@code POST /api/articles} and every import. A
 * binary file named {@code .html} (an image, random bytes) decodes to mojibake in some single-byte charset, and was
 * archived as an article whose "names" ("E", "F", "À", …) filled the actor authority with proposed actors: an
 * article's text has no NUL characters and next to no other control characters or undecodable bytes. No other field
 * may hold a NUL character either: PostgreSQL cannot store one in text, and the request failed with a 500.
 */
public final class StorableText {

    /** The largest share of control characters and undecodable bytes (U+FFFD) that text may hold. */
    public static final double MAX_CONTROL_SHARE = 0.01;

    private StorableText() {
    }

    /**
     * Why the article cannot be stored as it is, naming its field: its {@code text} or {@code html} is not text, or one
     * of {@code fields} (name to value; null values are absent) holds a NUL character. Empty when it can.
     */
    public static Optional<InvalidInputException> refusalOf(String text, String html, Map<String, String> fields) {
        Optional<InvalidInputException> content = notText("text", text).or(() -> notText("html", html));
        if (content.isPresent()) {
            return content;
        }
        return fields.entrySet().stream().map(field -> nulIn(field.getKey(), field.getValue()))
                .flatMap(Optional::stream).findFirst();
    }

    /**
     * The refusal of a value that holds a NUL character, naming its field ({@code title}, {@code members[2].note},
     * {@code q}); empty when the value (null for absent) has none. The one rule for every text a client sends.
     */
    public static Optional<InvalidInputException> nulIn(String field, String value) {
        return nulIn("field", field, value);
    }

    /** As {@link #nulIn(String, String)}, for a named thing of another kind: "query parameter", "path parameter". */
    public static Optional<InvalidInputException> nulIn(String kind, String name, String value) {
        return value == null || value.indexOf('\u0000') < 0 ? Optional.empty()
                : Optional.of(new InvalidInputException(name, kind + " '" + name
                        + "' holds a NUL character (\\u0000), which cannot be stored"));
    }

    private static Optional<InvalidInputException> notText(String field, String value) {
        return value == null ? Optional.empty()
                : problem(value).map(problem -> new InvalidInputException(field, "field '" + field + "' is " + problem));
    }

    /** Why decoded content is not text, or empty when it is. */
    public static Optional<String> problem(String decoded) {
        long controls = 0;
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == '\u0000') {
                return Optional.of("not text but binary content (it holds NUL bytes at character " + (i + 1) + ")");
            }
            if (c == '\uFFFD' || Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        if (controls > decoded.length() * MAX_CONTROL_SHARE) {
            return Optional.of("not text but binary content (" + controls + " of " + decoded.length()
                    + " characters are control characters or bytes that cannot be decoded)");
        }
        return Optional.empty();
    }
}
