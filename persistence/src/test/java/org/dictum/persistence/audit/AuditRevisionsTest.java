package org.dictum.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.dictum.domain.topic.Topic;
import org.dictum.persistence.LocalTransactions;
import org.dictum.persistence.migration.ValidatedH2;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The revision numbers the audit log export pages through, by number and time, on the migrated schema. */
class AuditRevisionsTest {

    private SessionFactory sessions;
    private final List<Long> revisions = new ArrayList<>();

    @BeforeEach
    void threeRevisions() {
        sessions = ValidatedH2.sessions("jdbc:h2:mem:audit-revisions-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        for (String label : List.of("Talks", "Trade", "Security")) {
            inTransaction(em -> em.persist(new Topic(label)));
        }
        inTransaction(em -> revisions.addAll(em.createQuery("select r.id from AuditRevision r order by r.id", Long.class)
                .getResultList()));
        assertThat(revisions).hasSize(3);
    }

    @AfterEach
    void close() {
        sessions.close();
    }

    @Test
    void the_revisions_after_a_number_come_in_order_at_most_as_many_as_asked() {
        inTransaction(em -> {
            AuditRevisions auditRevisions = new AuditRevisions(em);

            assertThat(auditRevisions.numbersAfter(0, null, null, 10)).containsExactlyElementsOf(revisions);
            assertThat(auditRevisions.numbersAfter(revisions.get(0), null, null, 10))
                    .containsExactly(revisions.get(1), revisions.get(2));
            assertThat(auditRevisions.numbersAfter(0, null, null, 2)).containsExactly(revisions.get(0), revisions.get(1));
            assertThat(auditRevisions.numbersAfter(revisions.get(2), null, null, 10)).isEmpty();
        });
    }

    @Test
    void the_time_bounds_are_from_inclusive_until_exclusive() {
        inTransaction(em -> {
            // revision i (from 0) made i + 1 seconds after the epoch
            for (int i = 0; i < revisions.size(); i++) {
                em.createQuery("update AuditRevision r set r.changedAtMillis = :at where r.id = :id")
                        .setParameter("at", 1000L * (i + 1)).setParameter("id", revisions.get(i))
                        .executeUpdate();
            }
        });
        inTransaction(em -> {
            AuditRevisions auditRevisions = new AuditRevisions(em);
            Instant second = Instant.ofEpochSecond(2);

            assertThat(auditRevisions.numbersAfter(0, second, null, 10)).containsExactly(revisions.get(1), revisions.get(2));
            assertThat(auditRevisions.numbersAfter(0, null, second, 10)).containsExactly(revisions.get(0));
            assertThat(auditRevisions.numbersAfter(0, second, second.plusMillis(1), 10)).containsExactly(revisions.get(1));
        });
    }

    private void inTransaction(Consumer<EntityManager> work) {
        LocalTransactions.inTransaction(sessions, em -> {
            work.accept(em);
            return null;
        });
    }
}
