package org.dictum.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One hit before it is turned into a DTO.
 *
 * @param id         the entity's id
 * @param entity     the entity, or null when the hit is shown from what the index stored alone
 *                   ({@link IndexedType#storedHits})
 * @param highlights HTML-escaped fragments with matches in {@code <mark>}; empty without a query
 * @param stored     the values of the type's stored fields, in their order (null where the index lacks one)
 * @param text       the text the index stores for highlighting (a statement's content); null unless the hit
 *                   was read from the index reader
 */
record Hit<E>(long id, E entity, List<String> highlights, List<String> stored, String text) {

    /** How a highlight marks a match. */
    private static final String MARK = "<mark>";

    /** A hit with its entity. */
    static <E> Hit<E> of(long id, E entity, List<String> highlights, List<String> stored) {
        return new Hit<>(id, entity, highlights, stored, null);
    }

    /**
     * A hit from a projected row {@code [entity, stemmed highlights, exact highlights, stored...]}:
     * words are marked in the stemmed field, phrases and prefixes in the exact one.
     */
    @SuppressWarnings("unchecked")
    static <E> Hit<E> fromRow(List<?> row, boolean highlighted, Function<E, Long> idOf) {
        E entity = (E) row.get(0);
        List<String> stored = new ArrayList<>();
        for (Object value : row.subList(3, row.size())) {
            stored.add((String) value);
        }
        List<String> highlights = highlighted ? chosenHighlights((List<String>) row.get(1), (List<String>) row.get(2)) : List.of();
        return of(idOf.apply(entity), entity, highlights, stored);
    }

    /**
     * The highlights to show of the stemmed and the exact field's: the stemmed field's, unless only
     * the exact one marks something (a phrase or a prefix matched).
     */
    static List<String> chosenHighlights(List<String> stemmed, List<String> exact) {
        return !marks(stemmed) && marks(exact) ? exact : stemmed;
    }

    /** Whether any of these fragments marks a match. */
    static boolean marks(List<String> fragments) {
        return fragments.stream().anyMatch(fragment -> fragment.contains(MARK));
    }
}
