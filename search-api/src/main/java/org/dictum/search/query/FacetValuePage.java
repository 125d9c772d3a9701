package org.dictum.search.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A page of one facet's values, for "find an actor" boxes and "more values" paging.
 *
 * @param total how many values match the prefix
 */
public record FacetValuePage(String facet, String prefix, int offset, int limit, long total, List<FacetCount> values)
        implements Paged {

    public FacetValuePage {
        values = List.copyOf(values);
    }

    /**
     * Values whose name, or any word of it, starts with {@code prefix}, ignoring case and accents;
     * in the facet's {@link #order(Facet) order}, the one the search page lists them in.
     */
    static FacetValuePage of(Facet facet, Map<String, Long> counts, String prefix, List<String> selected,
                             int offset, int limit) {
        String wanted = prefix == null ? "" : TextFolding.fold(prefix.strip());
        List<FacetCount> matching = new ArrayList<>();
        counts.forEach((value, count) -> {
            if (wanted.isEmpty() || startsAnyWord(TextFolding.fold(value), wanted)) {
                matching.add(new FacetCount(value, count, selected.contains(value)));
            }
        });
        Comparator<Map.Entry<String, Long>> order = order(facet);
        matching.sort((a, b) -> order.compare(Map.entry(a.value(), a.count()), Map.entry(b.value(), b.count())));
        // in long: offset + limit past Integer.MAX_VALUE (offset=2147483647) wrapped around, and subList failed with a 500
        List<FacetCount> page = matching.subList(Math.min(offset, matching.size()),
                (int) Math.min((long) offset + limit, matching.size()));
        return new FacetValuePage(facet.parameter(), prefix, offset, limit, matching.size(), page);
    }

    /**
     * The order of a facet's values wherever they are listed (the search result's first values, the
     * facet value pages that continue them): months newest first, the others by count, then name.
     */
    static Comparator<Map.Entry<String, Long>> order(Facet facet) {
        return facet.orderedByValue() ? Map.Entry.<String, Long>comparingByKey().reversed()
                : Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());
    }

    private static boolean startsAnyWord(String value, String prefix) {
        if (value.startsWith(prefix)) {
            return true;
        }
        for (int i = 1; i < value.length(); i++) {
            if (!Character.isLetterOrDigit(value.charAt(i - 1)) && value.startsWith(prefix, i)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<PageLink> links() {
        return PageLink.byOffset(offset, limit, total);
    }
}
