package org.dictum.persistence;

import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/**
 * The first row of a query, read as a list of at most one. Not {@code getResultStream().findFirst()}:
 * Hibernate runs a stream as a scrollable result that stays open until the transaction ends, and
 * prepares its statement with a result-set type that the datasource's prepared-statement cache
 * does not keep, so the database parses the query again on every call (a lookup that each stored
 * article makes several times).
 */
final class FirstRow {

    private FirstRow() {
    }

    static <T> Optional<T> of(TypedQuery<T> query) {
        List<T> rows = query.setMaxResults(1).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }
}
