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

    /** Database and index counts of articles and statements. */
    public record Counts(long articlesInDatabase, long articlesIndexed, long statementsInDatabase, long statementsIndexed) {
        public boolean consistent() {
            return articlesInDatabase == articlesIndexed && statementsInDatabase == statementsIndexed;
        }
    }

    @Transactional
    public Counts counts() {
        SearchSession search = Search.session(em);
        return new Counts(articles.count(), search.search(Article.class).where(f -> f.matchAll()).fetchTotalHitCount(),
                statements.count(), search.search(Statement.class).where(f -> f.matchAll()).fetchTotalHitCount());
    }
}
