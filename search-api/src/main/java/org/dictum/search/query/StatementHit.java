package org.dictum.search.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.statement.Statement;
import org.dictum.search.mapping.SearchFields;

/**
 * A statement as a search result.
 *
 * @param speaker      the speaker as the article names them
 * @param speakerActor the speaker's canonical name in the actor authority
 * @param highlight    the content as HTML-escaped text with query matches in {@code <mark>}; null without a query
 *                     or when the query matched elsewhere (speaker, topic...) and nothing in the content
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
        return of(statement, highlights, KeywordInContext.before(mainText, statement.getSpan().start()),
                KeywordInContext.after(mainText, statement.getSpan().end()), ArticleSummary.of(statement.getArticle()));
    }

    private static StatementHit of(Statement statement, List<String> highlights, String before, String after,
                                   ArticleSummary article) {
        return new StatementHit(statement.getId(), statement.getContent(),
                highlights.isEmpty() ? null : highlights.get(0), statement.getKind().name(),
                statement.getCue().orElse(null), statement.getSpeakerMention().orElse(null),
                statement.getSpeaker().map(Actor::getCanonicalName).orElse(null),
                statement.getSpeaker().map(a -> a.getType().name()).orElse(null),
                statement.getStatementDate().orElse(null), statement.isStatementDateInferred(),
                statement.getStatus().name(),
                before, after, article);
    }

    /** What the statement index stores for showing a hit, in the order {@link #of(Hit)} reads it. */
    static final List<String> STORED_FIELDS = List.of(SearchFields.CONTEXT_BEFORE, SearchFields.CONTEXT_AFTER,
            SearchFields.ARTICLE_TITLE, SearchFields.ARTICLE_SOURCE, SearchFields.ARTICLE_PUBLISHED_AT);

    /**
     * A hit shown from what the index stored with it (keyword in context, the article's headline,
     * source and date), without loading its article; a statement indexed before the index kept
     * these (no context stored) is shown from its article.
     */
    static StatementHit of(Hit<Statement> hit) {
        List<String> stored = hit.stored();
        if (stored.size() != STORED_FIELDS.size() || stored.get(0) == null || stored.get(1) == null) {
            return of(hit.entity(), hit.highlights());
        }
        Statement statement = hit.entity();
        ArticleSummary article = new ArticleSummary(statement.getArticle().getId(), stored.get(2), stored.get(3),
                stored.get(4) == null ? null : Instant.parse(stored.get(4)));
        return of(statement, hit.highlights(), stored.get(0), stored.get(1), article);
    }
}
