package org.dictum.search.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A hit of a page as the index holds it, read from the reader that a counting pass searched.
 *
 * @param id         the entity's id
 * @param highlights HTML-escaped fragments with matches in {@code <mark>}; empty without a query
 *                   or when nothing in the highlighted fields matched
 * @param stored     the values of the type's stored fields, in their order (null where the index lacks one)
 * @param text       the stored text of the type's first highlighted field (a statement's content), read where the
 *                   type's hits can be shown from the index alone; else null
 */
record IndexedHit(long id, List<String> highlights, List<String> stored, String text) {

    IndexedHit {
        highlights = List.copyOf(highlights);
        stored = Collections.unmodifiableList(new ArrayList<>(stored)); // nulls allowed: List.copyOf refuses them
    }
}
