package org.dictum.search.query;

import java.time.Instant;
import java.util.List;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.Source;

/**
 * An article as a search result.
 *
 * @param statementCount its statements that are not rejected (search never finds a rejected one), as the article
 *                       export counts them
 * @param highlights HTML-escaped fragments of title or main text with matches in {@code <mark>}; empty when
 *                   the query matched neither (only a field such as {@code source:})
 * @param statements its statements that match the query (at most a few), or its first ones without a query
 */
public record ArticleHit(long id, String title, String url, String source, Instant publishedAt, String language,
                         int statementCount, List<String> highlights, List<StatementHit> statements,
                         long storyId, boolean storyOrigin, long storyCopies) {

    /** An article shown outside a search (e.g. in a frozen result list): no highlights, no statements listed. */
    public static ArticleHit of(Article article) {
        return of(article, List.of(), List.of(), 1);
    }

    /** @param storyCopies how many archived articles are copies of its story, itself included */
    static ArticleHit of(Article article, List<String> highlights, List<StatementHit> statements, long storyCopies) {
        return new ArticleHit(article.getId(), article.getTitle().orElse(null), article.getUrl().orElse(null),
                article.getSource().map(Source::getName).orElse(null), article.getPublishedAt().orElse(null),
                article.getLanguage().orElse(null), Math.toIntExact(article.countStatementsNotRejected()), List.copyOf(highlights),
                List.copyOf(statements), article.getStoryId(), article.isStoryOrigin(), Math.max(1, storyCopies));
    }
}
