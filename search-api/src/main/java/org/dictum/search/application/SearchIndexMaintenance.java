package org.dictum.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.ArticleRepository;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.statement.StatementRepository;
import org.dictum.persistence.DictumPersistenceUnit;
import org.dictum.persistence.SearchOutbox;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Compares the search index with the database: the counts of articles and statements in both.
 * Rebuilding is the reindex's job ({@code org.dictum.search.reindex}).
 */
@ApplicationScoped
public class SearchIndexMaintenance {

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    @Inject
    ArticleRepository articles;

    @Inject
    StatementRepository statements;

    @Inject
    SearchOutbox outbox;

    /**
     * Database and index counts of articles and statements, and the index updates that wait in the
     * outbox (several nodes, outbox-polling coordination; always 0 without it). Counts that differ
     * while updates are pending mean an index that is behind, not one that is out of step.
     */
    public record Counts(long articlesInDatabase, long articlesIndexed, long statementsInDatabase, long statementsIndexed,
            long pendingIndexUpdates) {
        public boolean consistent() {
            return articlesInDatabase == articlesIndexed && statementsInDatabase == statementsIndexed;
        }

        /** Index and database differ, and no pending update explains it: only a rebuild brings them together. */
        public boolean outOfStep() {
            return !consistent() && pendingIndexUpdates == 0;
        }
    }

    @Transactional
    public Counts counts() {
        // The outbox first: an update applied between the two reads then shows as consistent, never as lost.
        long pending = outbox.pendingIndexUpdates();
        SearchSession search = Search.session(em);
        return new Counts(articles.count(), search.search(Article.class).where(f -> f.matchAll()).fetchTotalHitCount(),
                statements.count(), search.search(Statement.class).where(f -> f.matchAll()).fetchTotalHitCount(), pending);
    }
}
