package org.dictum.search.query;

import java.time.LocalDate;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.statement.Statement;

/**
 * A statement as a search result.
 *
 * @param speaker      the speaker as the article names them
 * @param speakerActor the speaker's canonical name in the actor authority
 */
public record StatementHit(
        long id,
        String content,
        String kind,
        String cue,
        String speaker,
        String speakerActor,
        String speakerActorType,
        LocalDate statementDate,
        boolean statementDateInferred,
        String status,
        ArticleSummary article) {

    public static StatementHit of(Statement statement) {
        return new StatementHit(statement.getId(), statement.getContent(), statement.getKind().name(),
                statement.getCue().orElse(null), statement.getSpeakerMention().orElse(null),
                statement.getSpeaker().map(Actor::getCanonicalName).orElse(null),
                statement.getSpeaker().map(a -> a.getType().name()).orElse(null),
                statement.getStatementDate().orElse(null), statement.isStatementDateInferred(),
                statement.getStatus().name(), ArticleSummary.of(statement.getArticle()));
    }
}
