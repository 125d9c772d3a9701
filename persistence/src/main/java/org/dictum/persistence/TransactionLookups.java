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
 * matches the name (a rename in the same transaction is seen); anything else queries again.
 * Outside a transaction every lookup queries.
 *
 * <p>A name looked up in vain is looked up again, since the row may be inserted meanwhile, unless
 * the transaction asked to {@linkplain #rememberMisses() remember misses}: a bulk import's chunk,
 * whose new rows go through the repositories, which tell this memory about each row they insert.
 */
@ApplicationScoped
public class TransactionLookups {

    private static final String RESOURCE_KEY = TransactionLookups.class.getName();
    /** Remembered for a name that found no row. */
    private static final Object MISS = new Object();

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
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
        Memory memory = memory();
        if (memory == null) {
            return query.get();
        }
        Key key = new Key(lookup, name);
        Object row = memory.rows.get(key);
        if (row == MISS) {
            return Optional.empty();
        }
        if (row instanceof Inserted inserted && type.equals(inserted.type())) {
            // Loaded when first asked for, not when inserted: managed, it would be dirty-checked at every flush until then.
            row = em.find(type, inserted.id());
            if (row != null) {
                memory.rows.put(key, row);
            }
        }
        if (type.isInstance(row) && em.contains(row) && stillMatches.test(type.cast(row))) {
            return Optional.of(type.cast(row));
        }
        Optional<T> found = query.get();
        if (found.isPresent()) {
            memory.rows.put(key, found.get());
        } else if (memory.missesRemembered) {
            memory.rows.put(key, MISS);
        } else {
            memory.rows.remove(key);
        }
        return found;
    }

    /**
     * For the rest of this transaction, a name that found no row finds none again without a
     * query, until a repository inserts the row ({@link #found}, {@link #forget}). Only for a
     * transaction that inserts shared rows through the repositories alone, such as an import's chunk.
     */
    public void rememberMisses() {
        Memory memory = memory();
        if (memory != null) {
            memory.missesRemembered = true;
        }
    }

    /** A row that {@code lookup} of {@code name} now finds (e.g. just inserted). */
    public void found(String lookup, String name, Object row) {
        Memory memory = memory();
        if (memory != null) {
            memory.rows.put(new Key(lookup, name), row);
        }
    }

    /**
     * A row that {@code lookup} of {@code name} now finds, inserted by another transaction and known
     * by its id: the next lookup loads it by its id rather than querying by name.
     */
    public void inserted(String lookup, String name, Class<?> type, Object id) {
        Memory memory = memory();
        if (memory != null) {
            memory.rows.put(new Key(lookup, name), new Inserted(type, id));
        }
    }

    /** Whatever was remembered for {@code lookup} of {@code name} no longer holds: the next lookup queries. */
    public void forget(String lookup, String name) {
        Memory memory = memory();
        if (memory != null) {
            memory.rows.remove(new Key(lookup, name));
        }
    }

    private Memory memory() {
        if (transactions == null || transactions.getTransactionKey() == null) {
            return null;
        }
        Memory memory = (Memory) transactions.getResource(RESOURCE_KEY);
        if (memory == null) {
            memory = new Memory();
            transactions.putResource(RESOURCE_KEY, memory);
        }
        return memory;
    }

    /** What one transaction remembers. */
    private static final class Memory {
        final Map<Key, Object> rows = new HashMap<>();
        boolean missesRemembered;
    }

    private record Key(String lookup, String name) {
    }

    /** A row known by its id, not loaded yet. */
    private record Inserted(Class<?> type, Object id) {
    }
}
