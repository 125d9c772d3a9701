package org.dictum.search.application;

import java.time.LocalDate;
import java.util.List;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.topic.Topic;
import org.dictum.search.query.ArticleSummary;

/** Everything known about one statement, with its provenance. {@code start}/{@code end} index the main text. */
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
        List<String> mentionedActors,
        List<String> topics,
        ArticleSummary article) {

    public static StatementDetail of(Statement s) {
        return new StatementDetail(s.getId(), s.getVersion(), s.getKind().name(), s.getSpeakerMention().orElse(null),
                s.getSpeaker().map(Actor::getCanonicalName).orElse(null),
                s.getSpeaker().map(a -> a.getType().name()).orElse(null),
                s.getSpeaker().flatMap(Actor::getAffiliation).map(Actor::getCanonicalName).orElse(null),
                s.getCue().orElse(null), s.getContent(), s.getSpan().start(), s.getSpan().end(),
                s.getStatementDate().orElse(null), s.isStatementDateInferred(), s.getConfidence(),
                s.getExtractorVersion().orElse(null), s.getStatus().name(),
                s.getMentionedActors().stream().map(Actor::getCanonicalName).toList(),
                s.getTopics().stream().map(Topic::getLabel).toList(),
                ArticleSummary.of(s.getArticle()));
    }
}
