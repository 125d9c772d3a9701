package org.dictum.search.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.Source;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.topic.Topic;

/** One statement as an export row: every attribute, with its article's and speaker's names. See docs/EXPORTS.md. */
public record StatementRow(
        long id, long articleId, String articleTitle, String articleUrl, String source, Instant publishedAt,
        String language, String kind, String content, int start, int end, String speakerMention, Long speakerActorId,
        String speakerActor, String speakerActorType, String cue, LocalDate statementDate, boolean statementDateInferred,
        List<String> mentionedActors, List<String> topics, String status, String origin, double confidence,
        String extractorVersion, String createdBy, Instant createdAt, String curatedBy, Instant curatedAt, long version,
        String permalink) {

    static StatementRow of(Statement s, Permalinks links) {
        Article article = s.getArticle();
        Actor speaker = s.getSpeaker().orElse(null);
        return new StatementRow(s.getId(), article.getId(), article.getTitle().orElse(null), article.getUrl().orElse(null),
                article.getSource().map(Source::getName).orElse(null), article.getPublishedAt().orElse(null),
                article.getLanguage().orElse(null), s.getKind().name(), s.getContent(), s.getSpan().start(),
                s.getSpan().end(), s.getSpeakerMention().orElse(null), speaker == null ? null : speaker.getId(),
                speaker == null ? null : speaker.getCanonicalName(), speaker == null ? null : speaker.getType().name(),
                s.getCue().orElse(null), s.getStatementDate().orElse(null), s.isStatementDateInferred(),
                s.getMentionedActors().stream().map(Actor::getCanonicalName).sorted().toList(),
                s.getTopics().stream().map(Topic::getLabel).sorted().toList(), s.getStatus().name(), s.getOrigin().name(),
                s.getConfidence(), s.getExtractorVersion().orElse(null), s.getCreatedBy().orElse(null),
                s.getCreatedAt().orElse(null), s.getCuratedBy().orElse(null), s.getCuratedAt().orElse(null),
                s.getVersion(), links.statement(article.getId(), s.getSpan().start(), s.getSpan().end()));
    }

    static final List<Column<StatementRow>> COLUMNS = List.of(
            new Column<>("id", StatementRow::id),
            new Column<>("articleId", StatementRow::articleId),
            new Column<>("articleTitle", StatementRow::articleTitle),
            new Column<>("articleUrl", StatementRow::articleUrl),
            new Column<>("source", StatementRow::source),
            new Column<>("publishedAt", StatementRow::publishedAt),
            new Column<>("language", StatementRow::language),
            new Column<>("kind", StatementRow::kind),
            new Column<>("content", StatementRow::content),
            new Column<>("start", StatementRow::start),
            new Column<>("end", StatementRow::end),
            new Column<>("speakerMention", StatementRow::speakerMention),
            new Column<>("speakerActorId", StatementRow::speakerActorId),
            new Column<>("speakerActor", StatementRow::speakerActor),
            new Column<>("speakerActorType", StatementRow::speakerActorType),
            new Column<>("cue", StatementRow::cue),
            new Column<>("statementDate", StatementRow::statementDate),
            new Column<>("statementDateInferred", StatementRow::statementDateInferred),
            new Column<>("mentionedActors", StatementRow::mentionedActors),
            new Column<>("topics", StatementRow::topics),
            new Column<>("status", StatementRow::status),
            new Column<>("origin", StatementRow::origin),
            new Column<>("confidence", StatementRow::confidence),
            new Column<>("extractorVersion", StatementRow::extractorVersion),
            new Column<>("createdBy", StatementRow::createdBy),
            new Column<>("createdAt", StatementRow::createdAt),
            new Column<>("curatedBy", StatementRow::curatedBy),
            new Column<>("curatedAt", StatementRow::curatedAt),
            new Column<>("version", StatementRow::version),
            new Column<>("permalink", StatementRow::permalink));
}
