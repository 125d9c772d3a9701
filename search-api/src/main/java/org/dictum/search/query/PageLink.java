package org.dictum.search.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A page that a paged list answer names next to itself in an RFC 8288 {@code Link} header ({@code next},
 * {@code prev}, {@code first}): the query parameters that reach it from the request's own URI, a null value leaving
 * the parameter out. The lists page by offset ({@link #byOffset}), by page number ({@link #byNumber}) or by cursor,
 * and each one names its neighbours the one way its paging allows.
 *
 * @param rel        the link relation
 * @param parameters query parameters to set in the request's URI; a null value removes the parameter
 */
public record PageLink(String rel, Map<String, String> parameters) {

    public static final String NEXT = "next";
    public static final String PREVIOUS = "prev";
    public static final String FIRST = "first";

    public PageLink {
        parameters = Collections.unmodifiableMap(new HashMap<>(parameters));
    }

    /** The neighbours of {@code limit} entries from {@code offset} of {@code total}: next while more follow, prev after the first. */
    public static List<PageLink> byOffset(int offset, int limit, long total) {
        List<PageLink> links = new ArrayList<>();
        if (limit > 0 && (long) offset + limit < total) {
            links.add(offsetLink(NEXT, offset + limit, limit));
        }
        if (offset > 0) {
            links.add(offsetLink(PREVIOUS, Math.max(0, offset - limit), limit));
            links.add(offsetLink(FIRST, 0, limit));
        }
        return links;
    }

    /** The neighbours of page {@code page} (from 1) of {@code size} entries of {@code total}. */
    public static List<PageLink> byNumber(int page, int size, long total) {
        List<PageLink> links = new ArrayList<>();
        if (size > 0 && (long) page * size < total) {
            links.add(numberLink(NEXT, page + 1, size));
        }
        if (page > 1) {
            links.add(numberLink(PREVIOUS, page - 1, size));
            links.add(numberLink(FIRST, 1, size));
        }
        return links;
    }

    private static PageLink offsetLink(String rel, int offset, int limit) {
        return new PageLink(rel, Map.of("offset", Integer.toString(offset), "limit", Integer.toString(limit)));
    }

    private static PageLink numberLink(String rel, int page, int size) {
        return new PageLink(rel, Map.of("page", Integer.toString(page), "size", Integer.toString(size)));
    }
}
