package org.dictum.search.application;

import java.time.Instant;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.Source;

/** One archived copy of a story, as listed with any of its copies. */
public record StoryCopy(long id, String title, String source, Instant publishedAt, Instant ingestedAt,
                        boolean origin, boolean withdrawn) {

    static StoryCopy of(Article article) {
        return new StoryCopy(article.getId(), article.getTitle().orElse(null),
                article.getSource().map(Source::getName).orElse(null), article.getPublishedAt().orElse(null),
                article.getIngestedAt(), article.isStoryOrigin(), article.isWithdrawn());
    }
}
