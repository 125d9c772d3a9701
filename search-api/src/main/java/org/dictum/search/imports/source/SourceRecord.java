package org.dictum.search.imports.source;

import java.util.Objects;
import org.dictum.search.application.ArticleJson;

/**
 * One record of an import source: its 1-based number in the source, where it is (for people), and
 * either the article it holds or why it holds none.
 */
public record SourceRecord(long number, String locator, ArticleJson article, String problem) {

    public SourceRecord {
        Objects.requireNonNull(locator, "locator");
        if ((article == null) == (problem == null)) {
            throw new IllegalArgumentException("A record holds either an article or a problem");
        }
    }

    public static SourceRecord of(long number, String locator, ArticleJson article) {
        return new SourceRecord(number, locator, article, null);
    }

    /** A record read field by field (JSON Lines, CSV): malformed when its content is no text ({@link TextContent#problemOf}). */
    static SourceRecord ofFields(long number, String locator, ArticleJson article) {
        return TextContent.problemOf(article).map(problem -> malformed(number, locator, problem))
                .orElseGet(() -> of(number, locator, article));
    }

    public static SourceRecord malformed(long number, String locator, String problem) {
        return new SourceRecord(number, locator, null, problem);
    }

    public boolean malformed() {
        return problem != null;
    }
}
