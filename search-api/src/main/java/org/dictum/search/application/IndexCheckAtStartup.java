package org.dictum.search.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up, rebuilds the search index when it does not match the database: after the index
 * directory was lost or restored from an older backup, or after the database was switched. The
 * rebuild runs in the background, so that a large archive does not hold up the deployment; searches
 * see the archive fill up while it runs. With several nodes (outbox-polling coordination), index
 * updates that wait in the outbox, e.g. those of a node that died after committing them, are left to
 * the event processors: they are not a reason to rebuild.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndexCheckAtStartup {

    private static final Logger LOG = Logger.getLogger(IndexCheckAtStartup.class.getName());

    @Inject
    SearchIndexMaintenance index;

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    void rebuildWhenOutOfStep() {
        SearchIndexMaintenance.Counts counts = index.counts();
        if (counts.consistent()) {
            LOG.info(() -> "Search index in step with the database: " + counts.articlesIndexed() + " articles, "
                    + counts.statementsIndexed() + " statements");
            return;
        }
        if (!counts.outOfStep()) {
            LOG.info(() -> "Search index behind the database by " + counts.pendingIndexUpdates()
                    + " pending index update(s) in the outbox (" + counts + "): the event processors apply them");
            return;
        }
        LOG.warning(() -> "Search index out of step with the database (" + counts + "): rebuilding it in the background");
        executor.submit(() -> {
            try {
                index.rebuild();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                LOG.warning("Search index rebuild interrupted; it runs again at the next start");
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Search index rebuild failed; it runs again at the next start", e);
            }
        });
    }
}
