package org.dictum.search.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of hits with the facet counts and date histograms of the whole result.
 *
 * @param facets     facet parameter name to counts, in display order
 * @param histograms one per date the hits carry (publication date; statement date for statements)
 * @param nextCursor pass as {@code searchAfter} for the next hits; null after the last page
 */
public record SearchPage<T>(long total, int page, int size, List<T> hits, Map<String, List<FacetCount>> facets,
                            List<Histogram> histograms, String nextCursor) {

    public SearchPage {
        hits = List.copyOf(hits);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets)); // keeps the display order
        histograms = List.copyOf(histograms);
    }
}
