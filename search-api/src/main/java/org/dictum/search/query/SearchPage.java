package org.dictum.search.query;

import java.util.List;
import java.util.Map;

/**
 * One page of hits with the facet counts of the whole result.
 *
 * @param facets facet parameter name to counts, in display order
 */
public record SearchPage<T>(long total, int page, int size, List<T> hits, Map<String, List<FacetCount>> facets) {

    public SearchPage {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
