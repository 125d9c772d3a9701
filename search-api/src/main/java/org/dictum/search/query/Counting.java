package org.dictum.search.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How a faceted search is counted on one search backend: the total, every facet under every filter
 * but its own (multi-select), and the hits per day of some date fields. {@link SearchBackend} picks
 * the implementation for the configured backend: {@link IndexReaderCounting} reads the embedded
 * Lucene index in one pass, {@link AggregationCounting} asks Elasticsearch/OpenSearch for
 * aggregations. Both count exactly; the integration tests compare them on the same archive.
 */
interface Counting {

    /**
     * Counts the request under the given facet plans.
     *
     * @param dateFields the date fields to count per day
     * @param meanwhile  work for this thread while the counting runs (the page of hits), or null
     */
    <T> Counted<T> count(SearchRequest request, List<FacetPlan> facets, List<String> dateFields, Supplier<T> meanwhile);

    /**
     * Counts the request and finds its page of hits in the same pass, where the backend can: the
     * hits in the request's order with their highlights and stored fields, read from the index the
     * pass searched, for the caller to load. Empty where it cannot (a search server; a date-ordered
     * cursor), and the caller searches for the hits itself.
     *
     * @param dateFields the date fields to count per day
     */
    default Optional<CountedPage> countWithPage(SearchRequest request, List<FacetPlan> facets, List<String> dateFields) {
        return Optional.empty();
    }

    /**
     * What a pass that also looked for hits found.
     *
     * @param hits the page's hits, in order
     * @param more whether hits follow the page
     */
    record CountedPage(Counts counts, List<IndexedHit> hits, boolean more) {
        public CountedPage {
            hits = List.copyOf(hits);
        }
    }

    /**
     * One facet of a count.
     *
     * @param selected values of which a hit must carry one; empty for no filter
     * @param counted  whether to count the facet's values
     */
    record FacetPlan(Facet facet, List<String> selected, boolean counted) {
        public FacetPlan {
            selected = List.copyOf(selected);
        }
    }

    /**
     * What was counted.
     *
     * @param total  documents passing every filter
     * @param facets for each counted facet, every value with its count
     * @param days   for each date field, the hits per day
     */
    record Counts(long total, Map<Facet, Map<String, Long>> facets, Map<String, DayCounts> days) {
    }

    /** What the counting found, and what the calling thread did meanwhile. */
    record Counted<T>(Counts counts, T meanwhile) {
    }
}
