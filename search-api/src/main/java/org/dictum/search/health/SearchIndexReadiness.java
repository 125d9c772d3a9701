package org.dictum.search.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dictum.search.application.SearchIndexMaintenance;
import org.dictum.search.reindex.ReindexJobs;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the search index can be read and is not being rebuilt because it disagreed with the
 * database (that leaves records out of search until it is done; a reindex an administrator starts
 * keeps every record searchable and does not count); the data compares indexed and stored counts.
 */
@Readiness
@ApplicationScoped
public class SearchIndexReadiness implements HealthCheck {

    static final String NAME = "dictum-search-index";

    @Inject
    SearchIndexMaintenance index;

    @Inject
    ReindexJobs reindex;

    @Override
    public HealthCheckResponse call() {
        if (reindex.repairing()) {
            return HealthCheckResponse.named(NAME).down().withData("rebuilding", true).build();
        }
        try {
            SearchIndexMaintenance.Counts counts = index.counts();
            return HealthCheckResponse.named(NAME).up()
                    .withData("rebuilding", false)
                    .withData("articlesIndexed", counts.articlesIndexed())
                    .withData("statementsIndexed", counts.statementsIndexed())
                    .withData("consistent", counts.consistent())
                    .withData("pendingIndexUpdates", counts.pendingIndexUpdates())
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named(NAME).down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
