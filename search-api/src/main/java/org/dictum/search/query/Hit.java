package org.dictum.search.query;

import java.util.List;

/**
 * One hit before it is turned into a DTO.
 *
 * @param highlights HTML-escaped fragments with matches in {@code <mark>}; empty without a query
 */
record Hit<E>(E entity, List<String> highlights) {

    /**
     * A hit from a projected row {@code [entity, stemmed highlights, exact highlights]}: words are
     * marked in the stemmed field, phrases and prefixes in the exact one.
     */
    @SuppressWarnings("unchecked")
    static <E> Hit<E> fromRow(List<?> row, boolean highlighted) {
        E entity = (E) row.get(0);
        if (!highlighted) {
            return new Hit<>(entity, List.of());
        }
        List<String> stemmed = (List<String>) row.get(1);
        List<String> exact = (List<String>) row.get(2);
        boolean stemmedMarked = stemmed.stream().anyMatch(s -> s.contains("<mark>"));
        boolean exactMarked = exact.stream().anyMatch(s -> s.contains("<mark>"));
        return new Hit<>(entity, !stemmedMarked && exactMarked ? exact : stemmed);
    }
}
