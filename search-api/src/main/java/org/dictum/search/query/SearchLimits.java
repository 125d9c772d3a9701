package org.dictum.search.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
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

    @Inject
    @ConfigProperty(name = "dictum.search.histogram-buckets", defaultValue = "60")
    int autoHistogramBuckets;

    @Inject
    @ConfigProperty(name = "dictum.search.max-histogram-buckets", defaultValue = "2000")
    int maxHistogramBuckets;

    @Inject
    @ConfigProperty(name = "dictum.search.max-facet-values", defaultValue = "10000")
    int maxFacetValues;

    void check(SearchRequest request) {
        Paging.between("size", request.size(), 0, maxPageSize);
        if (request.firstHit() + request.size() > maxResultWindow) {
            throw new InvalidInputException("page", "Paging stops at hit " + maxResultWindow
                    + ": narrow the search with a query or filters");
        }
    }

    /** How deep paging by number, and a relevance cursor, reach: no hit past it. */
    int resultWindow() {
        return maxResultWindow;
    }

    public int facetValues() {
        return facetValues;
    }

    /** How many bars an automatically chosen interval aims at, at most. */
    int autoHistogramBuckets() {
        return autoHistogramBuckets;
    }

    /** How many distinct values facet value search looks through. */
    int maxFacetValues() {
        return maxFacetValues;
    }

    /** Refuses an offset/limit window of a list (facet values, a collection's members) past the configured page size. */
    public void checkWindow(int offset, int limit) {
        Paging.offset(offset);
        Paging.limit(limit, maxPageSize);
    }

    void checkBuckets(Interval interval, LocalDate first, LocalDate last) {
        long buckets = interval.bucketsBetween(first, last);
        if (buckets > maxHistogramBuckets) {
            throw new InvalidInputException("interval", "interval=" + interval.parameter() + " would draw " + buckets
                    + " bars (at most " + maxHistogramBuckets + "): choose a coarser interval or narrow from/to");
        }
    }
}
