package org.dictum.search.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.topic.Topic;
import org.dictum.search.query.ArticleSummary;

/**
 * Everything known about one statement, with its provenance: {@code origin} {@code EXTRACTOR} with
 * {@code extractorVersion} and {@code confidence}, or {@code LIBRARIAN} with {@code createdBy} and
 * {@code createdAt}; {@code curatedBy}/{@code curatedAt} name the last verification, correction or
 * rejection. {@code start}/{@code end} index the main text. {@code mentionedActors} and {@code topics} are
 * sorted, as an article's are: read from sets, they came in another order at each read of the same version.
 */
public record StatementDetail(
        long id,
        long version,
        String kind,
        String speaker,
        String speakerActor,
        String speakerActorType,
        String speakerAffiliation,
        String cue,
        String content,
        int start,
        int end,
        LocalDate statementDate,
        boolean statementDateInferred,
        double confidence,
        String extractorVersion,
        String status,
        String origin,
        String createdBy,
        Instant createdAt,
        String curatedBy,
        Instant curatedAt,
        String rejectionReason,
        List<String> mentionedActors,
        List<String> topics,
        ArticleSummary article) {

    public static StatementDetail of(Statement s) {
        return of(s, ArticleSummary.of(s.getArticle()));
    }

    /** With the article as given: a statement read on its own need not load its article's texts. */
    public static StatementDetail of(Statement s, ArticleSummary article) {
        return new StatementDetail(s.getId(), s.getVersion(), s.getKind().name(), s.getSpeakerMention().orElse(null),
                s.getSpeaker().map(Actor::getCanonicalName).orElse(null),
                s.getSpeaker().map(a -> a.getType().name()).orElse(null),
                s.getSpeaker().flatMap(Actor::getAffiliation).map(Actor::getCanonicalName).orElse(null),
                s.getCue().orElse(null), s.getContent(), s.getSpan().start(), s.getSpan().end(),
                s.getStatementDate().orElse(null), s.isStatementDateInferred(), s.getConfidence(),
                s.getExtractorVersion().orElse(null), s.getStatus().name(), s.getOrigin().name(),
                s.getCreatedBy().orElse(null), s.getCreatedAt().orElse(null), s.getCuratedBy().orElse(null),
                s.getCuratedAt().orElse(null), s.getRejectionReason().orElse(null),
                s.getMentionedActors().stream().map(Actor::getCanonicalName).sorted().toList(),
                s.getTopics().stream().map(Topic::getLabel).sorted().toList(),
                article);
    }
}
