package org.dictum.search.authority;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** Record ids cut into pages of a bounded size, each id once, in the order first given. */
final class IdPages {

    private IdPages() {
    }

    static List<List<Long>> of(Collection<Long> ids, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("A page holds at least one id, not " + pageSize);
        }
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        List<List<Long>> pages = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += pageSize) {
            pages.add(List.copyOf(distinct.subList(from, Math.min(distinct.size(), from + pageSize))));
        }
        return pages;
    }
}
