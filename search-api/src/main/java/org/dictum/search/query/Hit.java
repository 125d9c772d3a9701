package org.dictum.search.query;

import java.util.ArrayList;
import java.util.List;

/**
 * One hit before it is turned into a DTO.
 *
 * @param highlights HTML-escaped fragments with matches in {@code <mark>}; empty without a query
 * @param stored     the values of the type's stored fields, in their order (null where the index lacks one)
 */
record Hit<E>(E entity, List<String> highlights, List<String> stored) {

    Hit(E entity, List<String> highlights) {
        this(entity, highlights, List.of());
    }

    /**
     * A hit from a projected row {@code [entity, stemmed highlights, exact highlights, stored...]}:
     * words are marked in the stemmed field, phrases and prefixes in the exact one.
     */
    @SuppressWarnings("unchecked")
    static <E> Hit<E> fromRow(List<?> row, boolean highlighted) {
        E entity = (E) row.get(0);
        List<String> stored = new ArrayList<>();
        for (Object value : row.subList(3, row.size())) {
            stored.add((String) value);
        }
        if (!highlighted) {
            return new Hit<>(entity, List.of(), stored);
        }
        return new Hit<>(entity, chosenHighlights((List<String>) row.get(1), (List<String>) row.get(2)), stored);
    }

    /**
     * The highlights to show of the stemmed and the exact field's: the stemmed field's, unless only
     * the exact one marks something (a phrase or a prefix matched).
     */
    static List<String> chosenHighlights(List<String> stemmed, List<String> exact) {
        boolean stemmedMarked = stemmed.stream().anyMatch(s -> s.contains("<mark>"));
        boolean exactMarked = exact.stream().anyMatch(s -> s.contains("<mark>"));
        return !stemmedMarked && exactMarked ? exact : stemmed;
    }
}
