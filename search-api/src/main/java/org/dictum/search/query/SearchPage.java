package org.dictum.search.query;

import jakarta.json.bind.annotation.JsonbTransient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of hits with the facet counts and date histograms of the whole result.
 *
 * @param page        the page number, from 1; null for a page read after a cursor, which has no number
 * @param facets      facet parameter name to counts, in display order
 * @param histograms  one per date the hits carry (publication date; statement date for statements)
 * @param nextCursor  pass as {@code searchAfter} for the next hits; null after the last page
 * @param searchAfter the cursor this page was read after; null for a page read by its number
 * @param sort        the order of the hits, which tells whether a cursor reaches past the result window
 * @param resultWindow how deep paging by number reaches ({@code dictum.search.max-result-window}): no hit past it
 */
public record SearchPage<T>(long total, Integer page, int size, List<T> hits, Map<String, List<FacetCount>> facets,
                            List<Histogram> histograms, String nextCursor, String searchAfter,
                            @JsonbTransient @Schema(hidden = true) SortOrder sort,
                            @JsonbTransient @Schema(hidden = true) int resultWindow) implements Paged {

    public SearchPage {
        hits = List.copyOf(hits);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets)); // keeps the display order
        histograms = List.copyOf(histograms);
        if (searchAfter != null) {
            page = null; // a cursor page used to say "page": 1, whichever it was
        }
    }

    /** A page read by its number, newest first, with no result window. */
    public SearchPage(long total, int page, int size, List<T> hits, Map<String, List<FacetCount>> facets,
                      List<Histogram> histograms, String nextCursor) {
        this(total, page, size, hits, facets, histograms, nextCursor, null);
    }

    /** A page read by its number or after a cursor, newest first, with no result window. */
    public SearchPage(long total, Integer page, int size, List<T> hits, Map<String, List<FacetCount>> facets,
                      List<Histogram> histograms, String nextCursor, String searchAfter) {
        this(total, page, size, hits, facets, histograms, nextCursor, searchAfter, SortOrder.NEWEST, Integer.MAX_VALUE);
    }

    /** The page of a request, read by its number or after its cursor, paging by number up to {@code resultWindow}. */
    static <T> SearchPage<T> of(SearchRequest request, FacetedResult<?> result, List<T> hits, int resultWindow) {
        return new SearchPage<>(result.total(), request.page(), request.size(), hits, result.facets(), result.histograms(),
                result.nextCursor(), request.searchAfter(), request.sort(), resultWindow);
    }

    /**
     * Paged by number: the next, previous and first page numbers. Read after a cursor: the next cursor while more
     * follow, and the first page (a cursor reaches no page before it). The next page by number that would reach past
     * the result window was linked all the same, and following it answered 400 "Paging stops at hit 10000": there
     * {@code next} goes by cursor, which a date order follows at any depth; a relevance cursor holds an offset, which
     * the window bounds too, so relevance has no {@code next} past it.
     */
    @Override
    public List<PageLink> links() {
        if (searchAfter == null) {
            List<PageLink> links = new ArrayList<>(PageLink.byNumber(page, size, total));
            if (links.stream().anyMatch(link -> link.rel().equals(PageLink.NEXT)) && (long) page * size + size > resultWindow) {
                links.removeIf(link -> link.rel().equals(PageLink.NEXT));
                if (nextCursor != null && sort != SortOrder.RELEVANCE) {
                    Map<String, String> next = new HashMap<>();
                    next.put("page", null);
                    next.put("searchAfter", nextCursor);
                    links.add(0, new PageLink(PageLink.NEXT, next));
                }
            }
            return List.copyOf(links);
        }
        Map<String, String> first = new HashMap<>();
        first.put("searchAfter", null);
        if (nextCursor == null || sort == SortOrder.RELEVANCE && Cursor.parse(nextCursor, sort).offset() + (long) size > resultWindow) {
            return List.of(new PageLink(PageLink.FIRST, first));
        }
        Map<String, String> next = new HashMap<>(first);
        next.put("searchAfter", nextCursor);
        return List.of(new PageLink(PageLink.NEXT, next), new PageLink(PageLink.FIRST, first));
    }
}
