package org.dictum.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Keeps PostgreSQL's planner statistics in step with a bulk import. PostgreSQL plans every query with statistics
 * that only {@code ANALYZE} refreshes, and autovacuum runs it late or never (it is off on some installations; it
 * wakes once a minute at best). On tables an import fills from empty, the story lookup by band key
 * ({@link JpaStoryCopies#sharingABand}) was estimated at 66,000 of 305,000 band rows instead of 42 and read them
 * all: 100 ms per article, against 0.3 ms after {@code ANALYZE}. So an import analyses the tables it fills each time
 * the records it has stored double, from {@value #FIRST_REFRESH} on: a handful of times per import. H2 needs
 * nothing: it analyses a table by itself every 2,000 changed rows.
 */
@ApplicationScoped
public class PlannerStatistics {

    /** Records stored by an import before its first refresh; then every doubling. */
    static final long FIRST_REFRESH = 500;
    /** The tables an import fills and then queries by non-unique keys or joins. */
    static final List<String> IMPORTED_TABLES = List.of("article", "statement", "story_fingerprint", "story_band",
            "actor", "actor_alias");

    private static final Logger LOG = Logger.getLogger(PlannerStatistics.class.getName());

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    /**
     * Whether an import that went from {@code storedBefore} to {@code storedAfter} stored records should refresh the
     * statistics: when the number doubled, from {@value #FIRST_REFRESH} on. Asked before {@link #refresh()}, so that
     * a chunk opens no transaction of its own when nothing is due.
     */
    public static boolean due(long storedBefore, long storedAfter) {
        long after = storedAfter / FIRST_REFRESH;
        return after > 0 && Long.highestOneBit(after) != Long.highestOneBit(Math.max(0, storedBefore) / FIRST_REFRESH);
    }

    /**
     * Refreshes the statistics of the imported tables on PostgreSQL, in a transaction of its own: it sees what earlier
     * chunks committed, and its lock on the tables' statistics is held only briefly. Does nothing on H2.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refresh() {
        if (!(em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect()
                instanceof PostgreSQLDialect)) {
            return;
        }
        long started = System.nanoTime();
        em.createNativeQuery("ANALYZE " + String.join(", ", IMPORTED_TABLES)).executeUpdate();
        LOG.fine(() -> String.format(Locale.ROOT, "Planner statistics of %s refreshed in %d ms",
                IMPORTED_TABLES, (System.nanoTime() - started) / 1_000_000));
    }
}
