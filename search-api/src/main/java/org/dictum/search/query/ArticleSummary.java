package org.dictum.search.query;

import java.time.Instant;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.ArticleHeading;
import org.dictum.domain.article.Source;

/** The few article fields a statement hit shows. */
public record ArticleSummary(long id, String title, String source, Instant publishedAt) {

    public static ArticleSummary of(Article article) {
        return new ArticleSummary(article.getId(), article.getTitle().orElse(null),
                article.getSource().map(Source::getName).orElse(null), article.getPublishedAt().orElse(null));
    }

    public static ArticleSummary of(ArticleHeading heading) {
        return new ArticleSummary(heading.id(), heading.title().orElse(null), heading.source().orElse(null),
                heading.publishedAt().orElse(null));
    }
}
