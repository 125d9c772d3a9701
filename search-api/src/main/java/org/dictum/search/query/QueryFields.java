package org.dictum.search.query;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which index fields the query language searches for one indexed type.
 *
 * @param stemmed fields for plain words (English stemming)
 * @param exact   their unstemmed twins, for phrases and prefixes
 * @param named   query field name ({@code speaker}) to the index field holding its words
 */
public record QueryFields(List<String> stemmed, List<String> exact, Map<String, String> named) {

    public QueryFields {
        stemmed = List.copyOf(stemmed);
        exact = List.copyOf(exact);
        named = Map.copyOf(new TreeMap<>(named));
    }

    public Set<String> fieldNames() {
        return named.keySet();
    }
}
