package org.dictum.search.application;

import java.time.Instant;
import java.util.List;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.Source;
import org.dictum.domain.topic.Topic;

/**
 * An archived article with its metadata, main text and statements. {@code version} is what an edit
 * must name (it is also the ETag).
 */
public record ArticleDetail(
        long id,
        long version,
        String url,
        String title,
        String byline,
        String source,
        Instant publishedAt,
        String language,
        String contentType,
        String sha256,
        Instant ingestedAt,
        String mainText,
        List<String> topics,
        List<String> actors,
        List<StatementDetail> statements) {

    public static ArticleDetail of(Article a) {
        return new ArticleDetail(a.getId(), a.getVersion(), a.getUrl().orElse(null), a.getTitle().orElse(null),
                a.getByline().orElse(null), a.getSource().map(Source::getName).orElse(null),
                a.getPublishedAt().orElse(null), a.getLanguage().orElse(null), a.getContentType().mediaType(),
                a.getSha256(), a.getIngestedAt(), a.getMainText(),
                a.getTopics().stream().map(Topic::getLabel).sorted().toList(),
                a.getActors().stream().map(Actor::getCanonicalName).sorted().toList(),
                a.getStatements().stream().map(StatementDetail::of).toList());
    }
}
