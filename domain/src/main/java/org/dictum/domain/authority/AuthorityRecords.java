package org.dictum.domain.authority;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.article.Article;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.topic.Topic;

/** The records that authority and taxonomy upkeep reads and changes: links to one actor or topic, and merges. */
public interface AuthorityRecords {

    /** Statements spoken by or mentioning {@code actor}. */
    List<Statement> statementsInvolving(Actor actor);

    /** One page of the statements spoken by or mentioning {@code actor}, by id. */
    List<Statement> statementsInvolving(Actor actor, int offset, int limit);

    /** Ids of the statements spoken by or mentioning {@code actor}: what a reindexing reads a page at a time. */
    List<Long> statementIdsInvolving(Actor actor);

    /** Ids of the articles naming {@code actor} or with a statement spoken by or mentioning it. */
    List<Long> articleIdsInvolving(Actor actor);

    List<Long> statementIdsAbout(Topic topic);

    List<Long> articleIdsAbout(Topic topic);

    /**
     * Marks these articles' records changed now without an edit of theirs (no new version, no revision):
     * what they publish changed with a topic's label, or the OAI-PMH sets they are in changed with a public
     * collection's members, so harvesters must collect them again.
     */
    void markRecordsChanged(Collection<Long> articleIds);

    /** Ids of the articles archived at or after {@code since} (what a bulk import's crash may have left out of the index). */
    List<Long> articleIdsIngestedSince(Instant since);

    /** Ids of the statements of the articles archived at or after {@code since}. */
    List<Long> statementIdsOfArticlesIngestedSince(Instant since);

    /** The highest id of an article archived before {@code since}; 0 when there is none. */
    long lastArticleIdIngestedBefore(Instant since);

    /** The highest id of a statement of an article archived before {@code since}; 0 when there is none. */
    long lastStatementIdOfArticlesIngestedBefore(Instant since);

    /** The articles with these ids; an id that does not exist is missing from the answer. */
    List<Article> articlesWithIds(Collection<Long> ids);

    /** Articles naming {@code actor}, or with a statement spoken by or mentioning it (their index shows speakers). */
    List<Article> articlesInvolving(Actor actor);

    /** Actors affiliated with {@code actor} (anonymous sources and officials speaking for it), tombstones included. */
    List<Actor> actorsAffiliatedWith(Actor actor);

    List<Statement> statementsAbout(Topic topic);

    List<Article> articlesAbout(Topic topic);

    /** The statements with these ids; an id that does not exist is missing from the answer. */
    List<Statement> statementsWithIds(Collection<Long> ids);

    ActorMerge add(ActorMerge merge);

    /** The merge that made {@code merged} a tombstone, while it stands. */
    Optional<ActorMerge> standingMergeOf(Actor merged);

    /**
     * Writes the unit of work's pending changes now. A changed record's version is incremented when it
     * is written, not when it is changed: an answer that shows the version is built after this.
     */
    void flush();
}
