package org.dictum.search.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dictum.search.application.SearchIndexMaintenance;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the search index can be read and is not being rebuilt (a rebuild leaves records out of
 * search until it is done); the data compares indexed and stored counts.
 */
@Readiness
@ApplicationScoped
public class SearchIndexReadiness implements HealthCheck {

    static final String NAME = "dictum-search-index";

    @Inject
    SearchIndexMaintenance index;

    @Override
    public HealthCheckResponse call() {
        if (index.isRebuilding()) {
            return HealthCheckResponse.named(NAME).down().withData("rebuilding", true).build();
        }
        try {
            SearchIndexMaintenance.Counts counts = index.counts();
            return HealthCheckResponse.named(NAME).up()
                    .withData("rebuilding", false)
                    .withData("articlesIndexed", counts.articlesIndexed())
                    .withData("statementsIndexed", counts.statementsIndexed())
                    .withData("consistent", counts.consistent())
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named(NAME).down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
