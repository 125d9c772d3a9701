package org.dictum.search.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.dictum.search.reindex.ReindexJobs;
import org.dictum.search.reindex.ReindexRequest;

/**
 * At start-up, reindexes everything when the search index does not match the database: after the
 * index directory was lost or restored from an older backup, or after the database was switched.
 * The run goes in the background, like one started by an administrator (and shows on the
 * reindex page), so that a large archive does not hold up the deployment; searches see the archive
 * fill up while it runs, and the readiness check says the index is not ready until it is done.
 * With several nodes (outbox-polling coordination), index updates that wait in the outbox, e.g.
 * those of a node that died after committing them, are left to the event processors: they are not a
 * reason to reindex.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "ImportIndexAtStartup"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndexCheckAtStartup {

    private static final Logger LOG = Logger.getLogger(IndexCheckAtStartup.class.getName());

    @Inject
    SearchIndexMaintenance index;

    @Inject
    ReindexJobs reindex;

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
        reindex.start(ReindexRequest.repairAtStartup());
    }
}
