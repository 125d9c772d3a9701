package org.dictum.search.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dictum.domain.InvalidInputException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Configured bounds on paging and facet lengths. */
@ApplicationScoped
public class SearchLimits {

    @Inject
    @ConfigProperty(name = "dictum.search.max-page-size", defaultValue = "100")
    int maxPageSize;

    @Inject
    @ConfigProperty(name = "dictum.search.max-result-window", defaultValue = "10000")
    int maxResultWindow;

    @Inject
    @ConfigProperty(name = "dictum.search.facet-values", defaultValue = "50")
    int facetValues;

    void check(SearchRequest request) {
        if (request.size() > maxPageSize) {
            throw new InvalidInputException("size", "size must not exceed " + maxPageSize);
        }
        if ((long) request.offset() + request.size() > maxResultWindow) {
            throw new InvalidInputException("page", "Paging stops at hit " + maxResultWindow
                    + ": narrow the search with a query or filters");
        }
    }

    int facetValues() {
        return facetValues;
    }
}
