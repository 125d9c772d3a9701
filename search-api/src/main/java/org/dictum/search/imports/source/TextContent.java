package org.dictum.search.imports.source;

import java.util.Optional;

/**
 * Whether a file's or a response's decoded content is text at all. A binary file named {@code .html} (an image,
 * random bytes) decodes to mojibake in some single-byte charset, and was archived as an article whose "names"
 * ("E", "F", "À", …) filled the actor authority with proposed actors. Text has no NUL characters and next to no
 * other control characters or undecodable bytes; a file with more is a failed record.
 */
final class TextContent {

    /** The largest share of control characters and undecodable bytes (U+FFFD) that text may hold. */
    static final double MAX_CONTROL_SHARE = 0.01;

    private TextContent() {
    }

    /** Why the decoded content is not text, or empty when it is. */
    static Optional<String> problem(String decoded) {
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
