package org.dictum.search.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * At start-up, rebuilds the search index when it does not match the database: after the index
 * directory was lost or restored from an older backup, or after the database was switched.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndexCheckAtStartup {

    private static final Logger LOG = Logger.getLogger(IndexCheckAtStartup.class.getName());

    @Inject
    SearchIndexMaintenance index;

    @PostConstruct
    void rebuildWhenOutOfStep() {
        SearchIndexMaintenance.Counts counts = index.counts();
        if (counts.consistent()) {
            LOG.info(() -> "Search index in step with the database: " + counts.articlesIndexed() + " articles, "
                    + counts.statementsIndexed() + " statements");
            return;
        }
        LOG.warning(() -> "Search index out of step with the database (" + counts + "): rebuilding it");
        try {
            index.rebuild();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding the search index", e);
        }
    }
}
