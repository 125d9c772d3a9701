package org.dictum.search.query;

import java.util.List;
import java.util.Map;

/** What {@link FacetedQuery} found, with entities still attached to the session. */
record FacetedResult<E>(long total, List<Hit<E>> hits, Map<String, List<FacetCount>> facets, List<Histogram> histograms,
                        String nextCursor) {
}
