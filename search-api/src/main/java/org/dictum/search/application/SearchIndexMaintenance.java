package org.dictum.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.ArticleRepository;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.statement.StatementRepository;
import org.dictum.persistence.DictumPersistenceUnit;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/** Keeps the search index in step with the database: compares counts and rebuilds when they differ. */
@ApplicationScoped
public class SearchIndexMaintenance {

    private static final Logger LOG = Logger.getLogger(SearchIndexMaintenance.class.getName());

    /** Loading a large archive takes longer than the server's default transaction timeout. */
    private static final int REBUILD_TRANSACTION_TIMEOUT_SECONDS = 6 * 3600;

    private static final List<Class<?>> INDEXED = List.of(Article.class, Statement.class);

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    @PersistenceUnit(unitName = DictumPersistenceUnit.NAME)
    EntityManagerFactory emf;

    @Inject
    ArticleRepository articles;

    @Inject
    StatementRepository statements;

    private final AtomicBoolean rebuilding = new AtomicBoolean();

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

    /** Re-indexes everything from the database; blocks until done. Runs outside any transaction. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void rebuild() throws InterruptedException {
        long started = System.nanoTime();
        rebuilding.set(true);
        try {
            Search.mapping(emf).scope(INDEXED).massIndexer()
                    .threadsToLoadObjects(2)
                    .transactionTimeout(REBUILD_TRANSACTION_TIMEOUT_SECONDS)
                    .startAndWait();
        } finally {
            rebuilding.set(false);
        }
        LOG.info(() -> "Search index rebuilt in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /** Whether {@link #rebuild} is running: searches then miss what is not indexed again yet. */
    public boolean isRebuilding() {
        return rebuilding.get();
    }
}
