package org.dictum.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.article.Article;
import org.dictum.domain.authority.ActorMerge;
import org.dictum.domain.authority.AuthorityRecords;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.topic.Topic;

@ApplicationScoped
public class JpaAuthorityRecords implements AuthorityRecords {

    /**
     * The statements spoken by or mentioning {@code :actor}, and the articles naming it or holding such a statement:
     * one definition for the records a merge moves and the ids a reindexing reads, so that the two always agree.
     */
    private static final String STATEMENTS_INVOLVING = " from Statement s left join s.mentionedActors m"
            + " where s.speaker = :actor or m = :actor order by s.id";
    /*
     * Joins, not "a.id in (select ...)": the datasource turns H2's result reuse off (a stale read,
     * see configure-server.cli), and H2 then runs an uncorrelated subquery again for every row.
     */
    private static final String ARTICLES_INVOLVING = " from Article a left join a.statements s left join s.mentionedActors m"
            + " where :actor member of a.actors or s.speaker = :actor or m = :actor order by a.id";
    /** The statements and articles filed under {@code :topic}, alike for records and ids. */
    private static final String STATEMENTS_ABOUT = " from Statement s where :topic member of s.topics order by s.id";
    private static final String ARTICLES_ABOUT = " from Article a where :topic member of a.topics order by a.id";
    /** Ids per bulk update: well under the bind parameters both databases take in one statement. */
    private static final int MARK_CHUNK = 500;

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    @Override
    public List<Statement> statementsInvolving(Actor actor) {
        return em.createQuery("select distinct s" + STATEMENTS_INVOLVING, Statement.class)
                .setParameter("actor", actor).getResultList();
    }

    @Override
    public List<Statement> statementsInvolving(Actor actor, int offset, int limit) {
        return em.createQuery("select distinct s" + STATEMENTS_INVOLVING, Statement.class)
                .setParameter("actor", actor).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Article> articlesInvolving(Actor actor) {
        return em.createQuery("select distinct a" + ARTICLES_INVOLVING, Article.class)
                .setParameter("actor", actor).getResultList();
    }

    @Override
    public List<Actor> actorsAffiliatedWith(Actor actor) {
        return em.createQuery("select a from Actor a where a.affiliation = :actor order by a.id", Actor.class)
                .setParameter("actor", actor).getResultList();
    }

    @Override
    public List<Long> statementIdsInvolving(Actor actor) {
        return em.createQuery("select distinct s.id" + STATEMENTS_INVOLVING, Long.class)
                .setParameter("actor", actor).getResultList();
    }

    @Override
    public List<Long> articleIdsInvolving(Actor actor) {
        return em.createQuery("select distinct a.id" + ARTICLES_INVOLVING, Long.class)
                .setParameter("actor", actor).getResultList();
    }

    @Override
    public List<Long> statementIdsAbout(Topic topic) {
        return em.createQuery("select s.id" + STATEMENTS_ABOUT, Long.class)
                .setParameter("topic", topic).getResultList();
    }

    @Override
    public List<Long> articleIdsAbout(Topic topic) {
        return em.createQuery("select a.id" + ARTICLES_ABOUT, Long.class)
                .setParameter("topic", topic).getResultList();
    }

    @Override
    public void markRecordsChanged(Collection<Long> articleIds) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);   // as Article's own callback stores it
        List<Long> ids = List.copyOf(articleIds);
        for (int from = 0; from < ids.size(); from += MARK_CHUNK) {
            em.createQuery("update Article a set a.modifiedAt = :now where a.id in :ids")
                    .setParameter("now", now).setParameter("ids", ids.subList(from, Math.min(ids.size(), from + MARK_CHUNK)))
                    .executeUpdate();
        }
    }

    @Override
    public List<Long> articleIdsIngestedSince(Instant since) {
        return em.createQuery("select a.id from Article a where a.ingestedAt >= :since order by a.id", Long.class)
                .setParameter("since", since).getResultList();
    }

    @Override
    public List<Long> statementIdsOfArticlesIngestedSince(Instant since) {
        return em.createQuery("select s.id from Statement s where s.article.ingestedAt >= :since order by s.id", Long.class)
                .setParameter("since", since).getResultList();
    }

    @Override
    public long lastArticleIdIngestedBefore(Instant since) {
        Long last = em.createQuery("select max(a.id) from Article a where a.ingestedAt < :since", Long.class)
                .setParameter("since", since).getSingleResult();
        return last == null ? 0 : last;
    }

    @Override
    public long lastStatementIdOfArticlesIngestedBefore(Instant since) {
        Long last = em.createQuery("select max(s.id) from Statement s where s.article.ingestedAt < :since", Long.class)
                .setParameter("since", since).getSingleResult();
        return last == null ? 0 : last;
    }

    @Override
    public List<Article> articlesWithIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Article a where a.id in :ids order by a.id", Article.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public List<Statement> statementsAbout(Topic topic) {
        return em.createQuery("select s" + STATEMENTS_ABOUT, Statement.class)
                .setParameter("topic", topic).getResultList();
    }

    @Override
    public List<Article> articlesAbout(Topic topic) {
        return em.createQuery("select a" + ARTICLES_ABOUT, Article.class)
                .setParameter("topic", topic).getResultList();
    }

    @Override
    public List<Statement> statementsWithIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from Statement s where s.id in :ids order by s.id", Statement.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public ActorMerge add(ActorMerge merge) {
        em.persist(merge);
        return merge;
    }

    @Override
    public Optional<ActorMerge> standingMergeOf(Actor merged) {
        return FirstRow.of(em.createQuery("select m from ActorMerge m where m.merged = :merged and m.undoneAt is null order by m.id desc",
                        ActorMerge.class)
                .setParameter("merged", merged));
    }

    @Override
    public void flush() {
        em.flush();
    }
}
