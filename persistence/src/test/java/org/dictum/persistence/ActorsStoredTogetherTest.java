package org.dictum.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.actor.ActorType;
import org.dictum.persistence.migration.ValidatedH2;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A chunk's new actors committed together in a transaction of their own (ActorRepository.saveAll),
 * on an H2 database that several transactions share, as the import's chunk and a concurrent request do.
 */
class ActorsStoredTogetherTest {

    private SessionFactory sessions;
    private EntityManager chunk;
    private final JpaActorRepository actors = new JpaActorRepository();

    @BeforeEach
    void chunkTransaction() {
        sessions = ValidatedH2.sessions("jdbc:h2:mem:together-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        chunk = sessions.createEntityManager();
        chunk.getTransaction().begin();
        actors.em = chunk;
        actors.lookups = new TransactionLookups();
        actors.lookups.transactions = new FakeTransactions();
        actors.lookups.rememberMisses();
        actors.inserts = new SharedRows();
        actors.inserts.inserts = new OwnTransactionInserts();
    }

    @AfterEach
    void close() {
        chunk.getTransaction().rollback();
        chunk.close();
        sessions.close();
    }

    @Test
    void new_actors_are_committed_together_and_managed_by_the_chunk() {
        Actor usa = new Actor("United States", ActorType.COUNTRY);
        Actor official = Actor.proposed("Senior official (United States)", ActorType.ANONYMOUS_SOURCE);
        official.affiliateWith(usa);

        assertThat(actors.findByCanonicalName("United States")).as("a miss the chunk remembers").isEmpty();

        assertThat(actors.saveAll(List.of(usa, official))).isTrue();

        assertThat(committedNames()).containsExactly("Senior official (United States)", "United States");
        assertThat(chunk.unwrap(Session.class).getStatistics().getEntityCount())
                .as("loaded into the chunk when asked for, not before: managed, they would be dirty-checked at every flush")
                .isZero();
        Actor found = actors.findByCanonicalName("Senior official (United States)").orElseThrow();
        assertThat(chunk.contains(found)).isTrue();
        assertThat(actors.findByCanonicalName("United States")).hasValueSatisfying(actor -> assertThat(chunk.contains(actor)).isTrue());
        assertThat(found.getAffiliation().map(Actor::getCanonicalName)).contains("United States");
        assertThat(revisions()).as("one audit revision for both").isEqualTo(1);
    }

    @Test
    void when_a_concurrent_transaction_committed_one_of_the_names_first_none_is_stored_and_one_by_one_takes_the_winner() {
        Actor winner = inOwnTransaction(em -> {
            Actor russia = new Actor("Russia", ActorType.COUNTRY);
            em.persist(russia);
            return russia;
        });

        assertThat(actors.saveAll(List.of(new Actor("Kremlin", ActorType.ORGANIZATION), new Actor("Russia", ActorType.COUNTRY))))
                .isFalse();
        assertThat(committedNames()).containsExactly("Russia");

        Actor kremlin = actors.save(new Actor("Kremlin", ActorType.ORGANIZATION));
        Actor russia = actors.save(new Actor("Russia", ActorType.COUNTRY));
        assertThat(russia.getId()).isEqualTo(winner.getId());
        assertThat(chunk.contains(kremlin)).isTrue();
        assertThat(committedNames()).containsExactly("Kremlin", "Russia");
    }

    private List<String> committedNames() {
        return inOwnTransaction(em -> em.createQuery("select a.canonicalName from Actor a order by a.canonicalName", String.class)
                .getResultList());
    }

    private long revisions() {
        return inOwnTransaction(em -> em.createQuery("select count(r) from AuditRevision r", Long.class).getSingleResult());
    }

    private <T> T inOwnTransaction(Function<EntityManager, T> work) {
        return LocalTransactions.inTransaction(sessions, work);
    }

    /** IndependentInserts as the container runs it: a transaction of its own, rolled back on failure. */
    private final class OwnTransactionInserts extends IndependentInserts {

        @Override
        public Object insert(Object entity) {
            return inOwnTransaction(own -> {
                em = own;
                return super.insert(entity);
            });
        }

        @Override
        public List<Object> insertAll(List<?> entities) {
            return inOwnTransaction(own -> {
                em = own;
                return super.insertAll(entities);
            });
        }
    }
}
