package org.dictum.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.actor.ActorType;
import org.dictum.persistence.LocalTransactions;
import org.dictum.persistence.migration.ValidatedH2;
import org.hibernate.SessionFactory;
import org.hibernate.envers.RevisionType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit queries on the migrated schema, over one actor created (revision 1), renamed (2) and deleted (3), and
 * another created with it and left alone.
 */
class AuditTrailTest {

    private SessionFactory sessions;
    private long renamed;
    private long untouched;
    private List<Long> revisions;

    @BeforeEach
    void createdRenamedDeleted() {
        sessions = ValidatedH2.sessions("jdbc:h2:mem:audit-trail-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        long[] ids = inTransaction(em -> {
            Actor freedonia = new Actor("Freedonia", ActorType.COUNTRY);
            Actor sylvania = new Actor("Sylvania", ActorType.COUNTRY);
            em.persist(freedonia);
            em.persist(sylvania);
            return new long[] {freedonia.getId(), sylvania.getId()};
        });
        renamed = ids[0];
        untouched = ids[1];
        change(em -> em.find(Actor.class, renamed).rename("Freedonia Republic"));
        change(em -> em.remove(em.find(Actor.class, renamed)));
        revisions = inTransaction(em -> em.createQuery("select r.id from AuditRevision r order by r.id", Long.class)
                .getResultList());
        assertThat(revisions).hasSize(3);
    }

    @AfterEach
    void close() {
        sessions.close();
    }

    @Test
    void a_record_s_changes_come_newest_first_in_a_window_with_their_count() {
        change(em -> {
            AuditTrail trail = new AuditTrail(em);

            assertThat(trail.revisionCount(Actor.class, renamed)).isEqualTo(3);
            assertThat(trail.changesOf(Actor.class, renamed, 0, 10)).extracting(AuditTrail.Change::type)
                    .containsExactly(RevisionType.DEL, RevisionType.MOD, RevisionType.ADD);
            List<AuditTrail.Change> middle = trail.changesOf(Actor.class, renamed, 1, 1);
            assertThat(middle).singleElement().satisfies(change -> {
                assertThat(change.revision().getId()).isEqualTo(revisions.get(1));
                assertThat(((Actor) change.snapshot()).getCanonicalName()).isEqualTo("Freedonia Republic");
            });
            assertThat(trail.revisionCount(Actor.class, renamed + untouched + 1000)).isZero();
        });
    }

    @Test
    void a_deleted_record_is_found_by_its_last_value_and_named_by_its_last_revision_before_the_deletion() {
        change(em -> {
            AuditTrail trail = new AuditTrail(em);

            assertThat(trail.idOfDeleted(Actor.class, "canonicalName", "Freedonia Republic")).contains(renamed);
            assertThat(trail.idOfDeleted(Actor.class, "canonicalName", "Freedonia")).isEmpty();
            assertThat(trail.idOfDeleted(Actor.class, "canonicalName", "Sylvania")).isEmpty();
            assertThat(trail.lastSnapshotBeforeDeletion(Actor.class, renamed)).get()
                    .extracting(snapshot -> ((Actor) snapshot).getCanonicalName()).isEqualTo("Freedonia Republic");
            assertThat(trail.lastSnapshotBeforeDeletion(Actor.class, renamed + untouched + 1000)).isEmpty();
        });
    }

    @Test
    void the_records_a_revision_changed_their_changes_and_their_state_at_a_revision_are_read_by_numbers() {
        change(em -> {
            AuditTrail trail = new AuditTrail(em);

            assertThat(trail.changedIn(Actor.class, revisions.subList(0, 2))).containsExactlyInAnyOrder(
                    new AuditTrail.Changed(revisions.get(0), renamed), new AuditTrail.Changed(revisions.get(0), untouched),
                    new AuditTrail.Changed(revisions.get(1), renamed));
            assertThat(trail.changesAmong(Actor.class, revisions.subList(1, 3), List.of(renamed, untouched)))
                    .extracting(AuditTrail.Change::type).containsExactlyInAnyOrder(RevisionType.MOD, RevisionType.DEL);
            assertThat(trail.snapshotsAt(Actor.class, revisions.get(0), List.of(renamed, untouched)))
                    .extracting(snapshot -> ((Actor) snapshot).getCanonicalName())
                    .containsExactlyInAnyOrder("Freedonia", "Sylvania");
            assertThat(trail.snapshotsAt(Actor.class, revisions.get(2), List.of(renamed, untouched)))
                    .extracting(snapshot -> ((Actor) snapshot).getCanonicalName()).containsExactly("Sylvania");
        });
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return LocalTransactions.inTransaction(sessions, work);
    }

    private void change(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }
}
