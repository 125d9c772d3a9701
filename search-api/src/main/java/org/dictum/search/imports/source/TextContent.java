package org.dictum.search.imports.source;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.dictum.domain.ingest.StorableText;
import org.dictum.search.application.ArticleJson;

/**
 * Whether a record's content is text at all, by the rule {@code POST /api/articles} applies ({@link StorableText}):
 * checked as the source is read, so that a file or line that is no text is a failed record before it is validated or
 * extracted.
 */
final class TextContent {

    private TextContent() {
    }

    /**
     * Why a record read field by field (a JSON Lines line, a CSV row) cannot be stored: its {@code text} or {@code html}
     * is not text, as a file's content would not be, or another field holds a NUL character. JSON's {@code \u0000} and
     * a CSV cell may carry one, and PostgreSQL cannot store it in text: the record's chunk failed at its flush, and so
     * did the import, at the same record each time it was resumed.
     */
    static Optional<String> problemOf(ArticleJson article) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("url", article.url());
        fields.put("title", article.title());
        fields.put("source", article.source());
        fields.put("publishedAt", article.publishedAt());
        fields.put("language", article.language());
        fields.put("topics", article.topics() == null ? null : String.join("", article.topics()));
        fields.put("actors", article.actors() == null ? null : String.join("", article.actors()));
        return StorableText.refusalOf(article.text(), article.html(), fields).map(Exception::getMessage);
    }

    /** Why the decoded content is not text, or empty when it is. */
    static Optional<String> problem(String decoded) {
        return StorableText.problem(decoded);
    }
}
