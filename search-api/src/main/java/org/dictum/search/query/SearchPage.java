package org.dictum.search.query;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of hits with the facet counts and date histograms of the whole result.
 *
 * @param page        the page number, from 1; null for a page read after a cursor, which has no number
 * @param facets      facet parameter name to counts, in display order
 * @param histograms  one per date the hits carry (publication date; statement date for statements)
 * @param nextCursor  pass as {@code searchAfter} for the next hits; null after the last page
 * @param searchAfter the cursor this page was read after; null for a page read by its number
 */
public record SearchPage<T>(long total, Integer page, int size, List<T> hits, Map<String, List<FacetCount>> facets,
                            List<Histogram> histograms, String nextCursor, String searchAfter) implements Paged {

    public SearchPage {
        hits = List.copyOf(hits);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets)); // keeps the display order
        histograms = List.copyOf(histograms);
        if (searchAfter != null) {
            page = null; // a cursor page used to say "page": 1, whichever it was
        }
    }

    /** A page read by its number. */
    public SearchPage(long total, int page, int size, List<T> hits, Map<String, List<FacetCount>> facets,
                      List<Histogram> histograms, String nextCursor) {
        this(total, page, size, hits, facets, histograms, nextCursor, null);
    }

    /** The page of a request, read by its number or after its cursor. */
    static <T> SearchPage<T> of(SearchRequest request, FacetedResult<?> result, List<T> hits) {
        return new SearchPage<>(result.total(), request.page(), request.size(), hits, result.facets(), result.histograms(),
                result.nextCursor(), request.searchAfter());
    }

    /**
     * Paged by number: the next, previous and first page numbers. Read after a cursor: the next cursor while more
     * follow, and the first page (a cursor reaches no page before it).
     */
    @Override
    public List<PageLink> links() {
        if (searchAfter == null) {
            return PageLink.byNumber(page, size, total);
        }
        Map<String, String> first = new HashMap<>();
        first.put("searchAfter", null);
        if (nextCursor == null) {
            return List.of(new PageLink(PageLink.FIRST, first));
        }
        Map<String, String> next = new HashMap<>(first);
        next.put("searchAfter", nextCursor);
        return List.of(new PageLink(PageLink.NEXT, next), new PageLink(PageLink.FIRST, first));
    }
}
