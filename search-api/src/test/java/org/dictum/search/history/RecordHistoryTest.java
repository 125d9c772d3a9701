package org.dictum.search.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.UnknownEntityException;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.actor.ActorType;
import org.dictum.persistence.audit.AuditRevision;
import org.dictum.persistence.audit.AuditTrail;
import org.dictum.persistence.migration.ValidatedH2;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.EntityKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A record's history a page at a time, on Envers's tables of an in-memory H2 built by the migrations. */
class RecordHistoryTest {

    private static final int MAX_PAGE_SIZE = 1000;

    private SessionFactory sessions;
    private final List<EntityManager> readers = new ArrayList<>();

    @BeforeEach
    void migratedDatabase() {
        sessions = ValidatedH2.sessions("jdbc:h2:mem:record-history-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                Map.of("hibernate.search.enabled", "false"));
    }

    @AfterEach
    void close() {
        readers.forEach(em -> {
            em.getTransaction().rollback();
            em.close();
        });
        sessions.close();
    }

    @Test
    void pages_are_windows_of_the_whole_history_newest_first_each_oldest_compared_with_the_revision_before_it() {
        long id = actorRenamed(7);
        List<RecordRevision> whole = reader().page(AuditedRecord.ACTOR, id, 0, MAX_PAGE_SIZE).revisions();
        assertThat(whole).hasSize(8);
        assertThat(whole).extracting(RecordRevision::revision).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(whole.get(7).kind()).isEqualTo("created");

        RevisionPage first = reader().page(AuditedRecord.ACTOR, id, 0, 3);
        RevisionPage second = reader().page(AuditedRecord.ACTOR, id, 3, 3);
        RevisionPage last = reader().page(AuditedRecord.ACTOR, id, 6, 3);

        assertThat(first.revisions()).containsExactlyElementsOf(whole.subList(0, 3));
        assertThat(second.revisions()).containsExactlyElementsOf(whole.subList(3, 6));
        assertThat(last.revisions()).containsExactlyElementsOf(whole.subList(6, 8));
        assertThat(List.of(first, second, last)).extracting(RevisionPage::total).containsOnly(8L);
        assertThat(List.of(first, second, last)).extracting(RevisionPage::hasMore).containsExactly(true, true, false);
        assertThat(first.nextOffset()).isEqualTo(3);
        assertThat(second.revisions().get(2).changes()).as("the page's oldest, against the revision on the next page")
                .contains(new FieldChange("canonicalName", "Name 1", "Name 2"));
        assertThat(last.revisions().get(1).changes()).contains(new FieldChange("canonicalName", null, "Name 0"));
    }

    @Test
    void a_page_past_the_last_revision_is_empty_and_still_counts_them() {
        long id = actorRenamed(2);

        RevisionPage past = reader().page(AuditedRecord.ACTOR, id, 10, 5);

        assertThat(past.revisions()).isEmpty();
        assertThat(past.total()).isEqualTo(3);
        assertThat(past.hasMore()).isFalse();
    }

    @Test
    void a_page_is_read_as_a_window_of_the_query_not_cut_from_the_whole_history() {
        long id = actorRenamed(60);
        EntityManager em = readerEntityManager();
        RecordHistory history = historyReading(em);

        assertThat(history.page(AuditedRecord.ACTOR, id, 20, 3).revisions()).hasSize(3);

        assertThat(em.unwrap(Session.class).getStatistics().getEntityKeys())
                .filteredOn(key -> ((EntityKey) key).getEntityName().equals(AuditRevision.class.getName()))
                .as("revisions loaded for a page of 3 out of 61: the page and the one before its oldest").hasSize(4);
    }

    @Test
    void offset_and_limit_out_of_bounds_are_refused_naming_them() {
        long id = actorRenamed(1);
        RecordHistory history = reader();

        assertThatThrownBy(() -> history.page(AuditedRecord.ACTOR, id, -1, 10)).isInstanceOf(InvalidInputException.class)
                .hasMessage("offset must be 0 or more, was -1")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("offset");
        for (int limit : new int[] {0, -5, MAX_PAGE_SIZE + 1}) {
            assertThatThrownBy(() -> history.page(AuditedRecord.ACTOR, id, 0, limit)).as("limit " + limit)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("limit must be between 1 and " + MAX_PAGE_SIZE + ", was " + limit)
                    .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("limit");
        }
        assertThat(history.page(AuditedRecord.ACTOR, id, 0, MAX_PAGE_SIZE).revisions()).hasSize(2);
    }

    @Test
    void a_record_that_never_existed_is_unknown() {
        assertThatThrownBy(() -> reader().page(AuditedRecord.ACTOR, 987654321L, 0, 10))
                .isInstanceOf(UnknownEntityException.class);
    }

    @Test
    void a_record_is_named_as_it_is_now_and_a_deleted_one_as_its_last_revision_left_it() {
        long deleted = actorRenamed(3);
        EntityManager deleting = sessions.createEntityManager();
        deleting.getTransaction().begin();
        deleting.remove(deleting.find(Actor.class, deleted));
        deleting.getTransaction().commit();
        deleting.close();
        long live = actorRenamed(2);

        assertThat(reader().nameOf(AuditedRecord.ACTOR, live)).contains("Name 2");
        assertThat(reader().nameOf(AuditedRecord.ACTOR, deleted)).contains("Name 3");
        assertThat(reader().nameOf(AuditedRecord.ACTOR, 987654321L)).isEmpty();
    }

    /** An actor created as "Name 0" and renamed {@code renames} times, each rename a revision of its own. */
    private long actorRenamed(int renames) {
        EntityManager writing = sessions.createEntityManager();
        writing.getTransaction().begin();
        Actor actor = new Actor("Name 0", ActorType.PERSON);
        writing.persist(actor);
        writing.getTransaction().commit();
        for (int i = 1; i <= renames; i++) {
            writing.getTransaction().begin();
            writing.find(Actor.class, actor.getId()).rename("Name " + i);
            writing.getTransaction().commit();
        }
        writing.close();
        return actor.getId();
    }

    private RecordHistory reader() {
        return historyReading(readerEntityManager());
    }

    private EntityManager readerEntityManager() {
        EntityManager em = sessions.createEntityManager();
        em.getTransaction().begin();
        readers.add(em);
        return em;
    }

    private static RecordHistory historyReading(EntityManager em) {
        RecordHistory history = new RecordHistory();
        history.em = em;
        history.trail = new AuditTrail(em);
        history.maxPageSize = MAX_PAGE_SIZE;
        return history;
    }
}
