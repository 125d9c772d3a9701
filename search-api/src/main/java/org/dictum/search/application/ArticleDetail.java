package org.dictum.search.application;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.Source;
import org.dictum.domain.topic.Topic;

/**
 * An archived article with its metadata, main text and statements. {@code version} is what an edit
 * must name (it is also the ETag). A withdrawn article has {@code withdrawn} true with who withdrew
 * it, when and why; it is still served here, but search leaves it out. {@code publishedAt} is the time at the offset
 * it was given with (search results give it in UTC): its day there is the one relative dates were resolved against.
 */
public record ArticleDetail(
        long id,
        long version,
        String url,
        String title,
        String byline,
        String source,
        OffsetDateTime publishedAt,
        String language,
        String contentType,
        String sha256,
        Instant ingestedAt,
        boolean withdrawn,
        Instant withdrawnAt,
        String withdrawnBy,
        String withdrawalReason,
        String mainText,
        List<String> topics,
        List<String> actors,
        List<StatementDetail> statements,
        long storyId,
        boolean storyOrigin) {

    public static ArticleDetail of(Article a) {
        return new ArticleDetail(a.getId(), a.getVersion(), a.getUrl().orElse(null), a.getTitle().orElse(null),
                a.getByline().orElse(null), a.getSource().map(Source::getName).orElse(null),
                a.getPublicationTime().orElse(null), a.getLanguage().orElse(null), a.getContentType().mediaType(),
                a.getSha256(), a.getIngestedAt(), a.isWithdrawn(), a.getWithdrawnAt().orElse(null),
                a.getWithdrawnBy().orElse(null), a.getWithdrawalReason().orElse(null), a.getMainText(),
                a.getTopics().stream().map(Topic::getLabel).sorted().toList(),
                a.getActors().stream().map(Actor::getCanonicalName).sorted().toList(),
                a.getStatements().stream().map(StatementDetail::of).toList(), a.getStoryId(), a.isStoryOrigin());
    }
}
