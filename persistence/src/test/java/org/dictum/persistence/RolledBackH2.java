package org.dictum.persistence;

import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.dictum.persistence.migration.ValidatedH2;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Each test of a repository on a fresh in-memory H2 database built by the migrations
 * ({@link ValidatedH2}), inside a transaction that is rolled back afterwards. Register it with
 * {@code @RegisterExtension} and hand {@link #em()} to the repository under test in a
 * {@code @BeforeEach} method, which runs after this extension's set-up.
 */
final class RolledBackH2 implements BeforeEachCallback, AfterEachCallback {

    private final String name;
    private SessionFactory sessions;
    private EntityManager em;

    /** @param name part of the database's name, for telling tests apart in a failure */
    RolledBackH2(String name) {
        this.name = name;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        sessions = ValidatedH2.sessions("jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        em = sessions.createEntityManager();
        em.getTransaction().begin();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        em.getTransaction().rollback();
        em.close();
        sessions.close();
    }

    EntityManager em() {
        return em;
    }

    /** How many JDBC statements Hibernate prepares while {@code work} runs. */
    long statementsPreparedBy(Runnable work) {
        Statistics statistics = sessions.getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        work.run();
        return statistics.getPrepareStatementCount();
    }
}
