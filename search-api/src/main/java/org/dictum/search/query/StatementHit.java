package org.dictum.search.query;

import java.time.LocalDate;
import java.util.List;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.statement.Statement;

/**
 * A statement as a search result.
 *
 * @param speaker      the speaker as the article names them
 * @param speakerActor the speaker's canonical name in the actor authority
 * @param highlight    the content as HTML-escaped text with query matches in {@code <mark>}; null without a query
 * @param before       the sentence before the statement in its article (keyword in context)
 * @param after        the sentence after it
 */
public record StatementHit(
        long id,
        String content,
        String highlight,
        String kind,
        String cue,
        String speaker,
        String speakerActor,
        String speakerActorType,
        LocalDate statementDate,
        boolean statementDateInferred,
        String status,
        String before,
        String after,
        ArticleSummary article) {

    public static StatementHit of(Statement statement, List<String> highlights) {
        String mainText = statement.getArticle().getMainText();
        return new StatementHit(statement.getId(), statement.getContent(),
                highlights.isEmpty() ? null : highlights.get(0), statement.getKind().name(),
                statement.getCue().orElse(null), statement.getSpeakerMention().orElse(null),
                statement.getSpeaker().map(Actor::getCanonicalName).orElse(null),
                statement.getSpeaker().map(a -> a.getType().name()).orElse(null),
                statement.getStatementDate().orElse(null), statement.isStatementDateInferred(),
                statement.getStatus().name(),
                KeywordInContext.before(mainText, statement.getSpan().start()),
                KeywordInContext.after(mainText, statement.getSpan().end()),
                ArticleSummary.of(statement.getArticle()));
    }

    static StatementHit of(Hit<Statement> hit) {
        return of(hit.entity(), hit.highlights());
    }
}
