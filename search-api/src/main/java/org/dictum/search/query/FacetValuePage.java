package org.dictum.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A page of one facet's values, for "find an actor" boxes and "more values" paging.
 *
 * @param total how many values match the prefix
 */
public record FacetValuePage(String facet, String prefix, int offset, int limit, long total, List<FacetCount> values) {

    public FacetValuePage {
        values = List.copyOf(values);
    }

    /**
     * Values whose name, or any word of it, starts with {@code prefix}, ignoring case and accents;
     * by count, then name.
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
        matching.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count()) : a.value().compareTo(b.value()));
        List<FacetCount> page = matching.subList(Math.min(offset, matching.size()), Math.min(offset + limit, matching.size()));
        return new FacetValuePage(facet.parameter(), prefix, offset, limit, matching.size(), page);
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

}
