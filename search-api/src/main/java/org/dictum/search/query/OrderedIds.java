package org.dictum.search.query;

import java.util.List;

/**
 * The ids of a search's hits in result order, as many as were asked for, and how many matched in all.
 */
public record OrderedIds(List<Long> ids, long total) {

    public OrderedIds {
        ids = List.copyOf(ids);
    }
}
