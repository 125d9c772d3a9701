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
            SearchFields.ARTICLE_TITLE, SearchFields.ARTICLE_SOURCE, SearchFields.ARTICLE_PUBLISHED_AT,
            SearchFields.HIT_KIND, SearchFields.HIT_CUE, SearchFields.HIT_SPEAKER_MENTION, SearchFields.HIT_SPEAKER,
            SearchFields.HIT_SPEAKER_TYPE, SearchFields.HIT_STATEMENT_DATE, SearchFields.HIT_DATE_INFERRED,
            SearchFields.HIT_STATUS, SearchFields.HIT_ARTICLE_ID);

    private static final int BEFORE = 0;
    private static final int AFTER = 1;
    private static final int TITLE = 2;
    private static final int SOURCE = 3;
    private static final int PUBLISHED_AT = 4;
    private static final int KIND = 5;
    private static final int CUE = 6;
    private static final int SPEAKER_MENTION = 7;
    private static final int SPEAKER = 8;
    private static final int SPEAKER_TYPE = 9;
    private static final int STATEMENT_DATE = 10;
    private static final int DATE_INFERRED = 11;
    private static final int STATUS = 12;
    private static final int ARTICLE_ID = 13;

    /**
     * Statement hits shown from the index alone: where it stored the statement's own fields (indexed
     * since they were added to the mapping; older documents lack the status) and its keyword in context.
     */
    static final IndexedType.StoredHits FROM_INDEX = new IndexedType.StoredHits() {
        @Override
        public boolean complete(List<String> stored) {
            return hasContext(stored) && stored.get(STATUS) != null;
        }

        @Override
        public LocalDate date(List<String> stored) {
            return stored.get(STATEMENT_DATE) == null ? null : LocalDate.parse(stored.get(STATEMENT_DATE));
        }
    };

    /**
     * A hit shown from what the index stored with it: from that alone when it was read from the index
     * without its entity; else its keyword in context and article from the index (without loading its
     * article) and the rest from the statement; a statement indexed before the index kept its context
     * is shown from its article.
     */
    static StatementHit of(Hit<Statement> hit) {
        List<String> stored = hit.stored();
        if (hit.entity() == null) {
            return fromIndex(hit.id(), hit.text(), hit.highlights(), stored);
        }
        if (!hasContext(stored)) {
            return of(hit.entity(), hit.highlights());
        }
        Statement statement = hit.entity();
        return of(statement, hit.highlights(), stored.get(BEFORE), stored.get(AFTER), article(statement.getArticle().getId(), stored));
    }

    /** Whether the document stores the keyword in context (indexed since the index kept it). */
    private static boolean hasContext(List<String> stored) {
        return stored.size() == STORED_FIELDS.size() && stored.get(BEFORE) != null && stored.get(AFTER) != null;
    }

    private static StatementHit fromIndex(long id, String content, List<String> highlights, List<String> stored) {
        return new StatementHit(id, content, highlights.isEmpty() ? null : highlights.get(0), stored.get(KIND),
                stored.get(CUE), stored.get(SPEAKER_MENTION), stored.get(SPEAKER), stored.get(SPEAKER_TYPE),
                FROM_INDEX.date(stored), Boolean.parseBoolean(stored.get(DATE_INFERRED)), stored.get(STATUS),
                stored.get(BEFORE), stored.get(AFTER), article(Long.parseLong(stored.get(ARTICLE_ID)), stored));
    }

    private static ArticleSummary article(long id, List<String> stored) {
        return new ArticleSummary(id, stored.get(TITLE), stored.get(SOURCE),
                stored.get(PUBLISHED_AT) == null ? null : Instant.parse(stored.get(PUBLISHED_AT)));
    }
}
