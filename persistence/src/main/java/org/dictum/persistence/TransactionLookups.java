package org.dictum.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Remembers, for the rest of the current transaction, the shared reference rows (actors, topics,
 * sources) that lookups by name found, so that the next lookup of the same name reads no row: a
 * bulk import's chunk names the same places, organisations and topics in record after record. A
 * remembered row is answered only while the persistence context still manages it and it still
 * matches the name (a rename in the same transaction is seen); anything else queries again. Only
 * rows found are remembered: a name looked up in vain is looked up again, since the row may be
 * inserted meanwhile. Outside a transaction every lookup queries.
 */
@ApplicationScoped
public class TransactionLookups {

    private static final String RESOURCE_KEY = TransactionLookups.class.getName();

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * The row remembered in this transaction for {@code lookup} of {@code name}, else what
     * {@code query} finds (remembered when found).
     *
     * @param lookup names the query, e.g. "actor by alias": each lookup remembers its own answers
     * @param stillMatches whether a remembered row still answers the lookup
     */
    public <T> Optional<T> find(EntityManager em, String lookup, Class<T> type, String name, Predicate<T> stillMatches,
                                Supplier<Optional<T>> query) {
        Map<Key, Object> remembered = remembered();
        if (remembered == null) {
            return query.get();
        }
        Key key = new Key(lookup, name);
        Object row = remembered.get(key);
        if (type.isInstance(row) && em.contains(row) && stillMatches.test(type.cast(row))) {
            return Optional.of(type.cast(row));
        }
        Optional<T> found = query.get();
        found.ifPresentOrElse(value -> remembered.put(key, value), () -> remembered.remove(key));
        return found;
    }

    @SuppressWarnings("unchecked")
    private Map<Key, Object> remembered() {
        if (transactions == null || transactions.getTransactionKey() == null) {
            return null;
        }
        Map<Key, Object> remembered = (Map<Key, Object>) transactions.getResource(RESOURCE_KEY);
        if (remembered == null) {
            remembered = new HashMap<>();
            transactions.putResource(RESOURCE_KEY, remembered);
        }
        return remembered;
    }

    private record Key(String lookup, String name) {
    }
}
