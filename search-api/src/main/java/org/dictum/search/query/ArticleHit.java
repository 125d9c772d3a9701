package org.dictum.search.query;

import java.time.Instant;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.Source;

/** An article as a search result. */
public record ArticleHit(long id, String title, String url, String source, Instant publishedAt, String language,
                         int statementCount) {

    public static ArticleHit of(Article article) {
        return new ArticleHit(article.getId(), article.getTitle().orElse(null), article.getUrl().orElse(null),
                article.getSource().map(Source::getName).orElse(null), article.getPublishedAt().orElse(null),
                article.getLanguage().orElse(null), article.getStatements().size());
    }
}
