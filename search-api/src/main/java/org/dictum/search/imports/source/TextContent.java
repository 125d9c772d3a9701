package org.dictum.search.imports.source;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.dictum.search.application.ArticleJson;

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

    /**
     * Why a record read field by field (a JSON Lines line, a CSV row) cannot be stored: its {@code text} or {@code html}
     * is not text, as a file's content would not be, or another field holds a NUL character. JSON's {@code \u0000} and
     * a CSV cell may carry one, and PostgreSQL cannot store it in text: the record's chunk failed at its flush, and so
     * did the import, at the same record each time it was resumed.
     */
    static Optional<String> problemOf(ArticleJson article) {
        Optional<String> content = problem(nonNull(article.text())).map(problem -> "field 'text' is " + problem)
                .or(() -> problem(nonNull(article.html())).map(problem -> "field 'html' is " + problem));
        if (content.isPresent()) {
            return content;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("url", article.url());
        fields.put("title", article.title());
        fields.put("source", article.source());
        fields.put("publishedAt", article.publishedAt());
        fields.put("language", article.language());
        fields.put("topics", article.topics() == null ? null : String.join("", article.topics()));
        fields.put("actors", article.actors() == null ? null : String.join("", article.actors()));
        return fields.entrySet().stream().filter(field -> field.getValue() != null && field.getValue().indexOf('\u0000') >= 0)
                .findFirst().map(field -> "field '" + field.getKey() + "' holds a NUL character (\\u0000), which cannot be stored");
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
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
