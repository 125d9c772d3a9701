package org.dictum.search.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.actor.ActorType;
import org.dictum.domain.topic.Topic;
import org.dictum.persistence.audit.AuditRevisions;
import org.dictum.persistence.audit.AuditTrail;
import org.dictum.persistence.migration.ValidatedH2;
import org.dictum.search.export.ExportFormat;
import org.dictum.search.history.AuditLogSlices.RecordKey;
import org.hibernate.Session;
import org.hibernate.SessionEventListener;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit log export on Envers's tables of an in-memory H2 built by the migrations, with
 * revisions of more records than a slice: its order and content, and that it reads them slice by
 * slice.
 */
class AuditLogTest {

    private SessionFactory sessions;
    private EntityManager em;

    @BeforeEach
    void migratedDatabase() {
        sessions = ValidatedH2.sessions("jdbc:h2:mem:audit-log-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                Map.of("hibernate.search.enabled", "false"));
    }

    @AfterEach
    void close() {
        if (em != null) {
            em.getTransaction().rollback();
            em.close();
        }
        sessions.close();
    }

    @Test
    void revisions_larger_than_a_slice_come_in_revision_record_id_order_each_compared_with_the_state_before() {
        int count = 2 * AuditLog.SLICE_SIZE + 50;
        Trail trail = trailOf(count);
        List<Long> people = trail.people();
        List<Long> changedPeople = new ArrayList<>();
        change(em -> {
            for (int i = 0; i < count; i += 3) {
                em.find(Actor.class, people.get(i)).rename("Renamed " + i);
                changedPeople.add(people.get(i));
            }
            em.remove(em.find(Actor.class, people.get(count - 1)));
            changedPeople.add(people.get(count - 1));
            em.find(Topic.class, trail.topics().get(0)).addAltLabel("Negotiations");
        });

        List<RecordRevision> exported = export();

        long created = exported.get(0).revision();
        long changed = exported.get(exported.size() - 1).revision();
        List<RecordKey> expected = new ArrayList<>();
        trail.actors().forEach(id -> expected.add(new RecordKey(created, AuditedRecord.ACTOR, id)));
        trail.topics().forEach(id -> expected.add(new RecordKey(created, AuditedRecord.TOPIC, id)));
        changedPeople.stream().sorted().forEach(id -> expected.add(new RecordKey(changed, AuditedRecord.ACTOR, id)));
        expected.add(new RecordKey(changed, AuditedRecord.TOPIC, trail.topics().get(0)));
        assertThat(exported).extracting(AuditLogTest::keyOf).containsExactlyElementsOf(expected);

        assertThat(exported).as("the same as reading each record's history on its own")
                .containsExactlyElementsOf(historiesOf(trail));
        assertThat(revisionOf(exported, changed, people.get(3)).changes()).as("the old name is kept as an alias")
                .containsExactly(new FieldChange("canonicalName", "Person 3", "Renamed 3"),
                        new FieldChange("aliases", "P3", "P3; Person 3"));
        assertThat(revisionOf(exported, changed, people.get(count - 1))).satisfies(deleted -> {
            assertThat(deleted.kind()).isEqualTo("deleted");
            assertThat(deleted.changes()).contains(new FieldChange("canonicalName", "Person " + (count - 1), null),
                    new FieldChange("aliases", "P" + (count - 1), null),
                    new FieldChange("affiliation", "Freedonia", null));
        });
        assertThat(revisionOf(exported, created, people.get(0)).changes()).contains(
                new FieldChange("canonicalName", null, "Person 0"), new FieldChange("affiliation", null, "Freedonia"));
        assertThat(exported.get(exported.size() - 1).changes())
                .containsExactly(new FieldChange("altLabels", null, "Negotiations"));
    }

    @Test
    void the_persistence_context_holds_at_most_a_slice_however_many_records_a_revision_changed() {
        int people = 3 * AuditLog.SLICE_SIZE;
        List<Long> actors = trailOf(people).people();
        change(em -> actors.forEach(id -> em.find(Actor.class, id).rename("Renamed " + id)));
        AuditLog log = auditLog(new AuditLogSlices());
        Session session = em.unwrap(Session.class);
        AtomicLong largest = new AtomicLong();
        session.addEventListeners(new SessionEventListener() {
            @Override
            public void jdbcExecuteStatementEnd() {
                largest.accumulateAndGet(session.getStatistics().getEntityCount(), Math::max);
            }
        });
        AtomicInteger exported = new AtomicInteger();

        log.forEachRevision(null, null, revision -> exported.incrementAndGet());

        assertThat(exported).as("the people, the country and two topics created; the people renamed")
                .hasValue(2 * people + 3);
        assertThat(largest.get()).as("entities in the persistence context at any query")
                .isPositive()
                .isLessThan(5L * AuditLog.SLICE_SIZE);
    }

    @Test
    void a_client_that_went_away_stops_the_export_at_the_slice_being_written() {
        trailOf(3 * AuditLog.SLICE_SIZE);
        AtomicInteger slicesRead = new AtomicInteger();
        AuditLog log = auditLog(new AuditLogSlices() {
            @Override
            List<RecordRevision> revisions(List<RecordKey> slice) {
                slicesRead.incrementAndGet();
                return super.revisions(slice);
            }
        });
        OutputStream gone = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        RevisionWriter writer = RevisionWriter.writingTo(ExportFormat.CSV, gone);

        assertThatThrownBy(() -> log.forEachRevision(null, null, writer::write)).isInstanceOf(UncheckedIOException.class);
        assertThat(slicesRead).as("a slice of actors fills the writer's buffer").hasValue(1);
    }

    /** One revision: a country, {@code people} people affiliated with it, an alias each, and two topics. */
    private Trail trailOf(int people) {
        return inTransaction(em -> {
            Actor country = new Actor("Freedonia", ActorType.COUNTRY);
            em.persist(country);
            List<Long> actors = new ArrayList<>(List.of(country.getId()));
            for (int i = 0; i < people; i++) {
                Actor person = new Actor("Person " + i, ActorType.PERSON);
                person.addAlias("P" + i);
                person.affiliateWith(country);
                em.persist(person);
                actors.add(person.getId());
            }
            Topic talks = new Topic("Talks");
            Topic trade = new Topic("Trade");
            em.persist(talks);
            em.persist(trade);
            return new Trail(actors.subList(1, actors.size()), actors.get(0), List.of(talks.getId(), trade.getId()));
        });
    }

    /** The people in the order they were created, the country, and the topics. */
    private record Trail(List<Long> people, long country, List<Long> topics) {

        List<Long> actors() {
            List<Long> all = new ArrayList<>(people);
            all.add(country);
            Collections.sort(all);
            return all;
        }
    }

    private List<RecordRevision> historiesOf(Trail trail) {
        RecordHistory history = new RecordHistory();
        history.em = exporting();
        history.trail = new AuditTrail(exporting());
        history.maxPageSize = 1000;
        List<RecordRevision> all = new ArrayList<>();
        trail.actors().forEach(id -> all.addAll(history.page(AuditedRecord.ACTOR, id, 0, 1000).revisions()));
        trail.topics().forEach(id -> all.addAll(history.page(AuditedRecord.TOPIC, id, 0, 1000).revisions()));
        all.sort(Comparator.comparing(AuditLogTest::keyOf, AuditLogSlices.ORDER));
        return all;
    }

    private List<RecordRevision> export() {
        List<RecordRevision> exported = new ArrayList<>();
        auditLog(new AuditLogSlices()).forEachRevision(null, null, exported::add);
        return exported;
    }

    private AuditLog auditLog(AuditLogSlices slices) {
        slices.em = exporting();
        slices.auditRevisions = new AuditRevisions(exporting());
        slices.trail = new AuditTrail(exporting());
        AuditLog log = new AuditLog();
        log.slices = slices;
        return log;
    }

    /** The entity manager the export reads with, in a transaction rolled back after the test. */
    private EntityManager exporting() {
        if (em == null) {
            em = sessions.createEntityManager();
            em.getTransaction().begin();
        }
        return em;
    }

    private static RecordKey keyOf(RecordRevision revision) {
        return new RecordKey(revision.revision(), AuditedRecord.byLabel(revision.record()).orElseThrow(), revision.recordId());
    }

    private static RecordRevision revisionOf(List<RecordRevision> exported, long revision, long id) {
        return exported.stream().filter(r -> r.revision() == revision && r.recordId() == id && r.record().equals("actor"))
                .findFirst().orElseThrow();
    }

    private void change(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager writing = sessions.createEntityManager();
        writing.getTransaction().begin();
        T result = work.apply(writing);
        writing.getTransaction().commit();
        writing.close();
        return result;
    }
}
