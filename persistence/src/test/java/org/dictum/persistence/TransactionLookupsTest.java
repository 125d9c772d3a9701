package org.dictum.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.actor.ActorType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Lookups of shared rows by name answer from memory for the rest of a transaction, and only while
 * the remembered row is still managed and still carries the name: on the actor repository, whose
 * lookups a bulk import makes for every record.
 */
class TransactionLookupsTest {

    @RegisterExtension
    final RolledBackH2 database = new RolledBackH2("lookups");
    private final FakeTransactions transactions = new FakeTransactions();
    private final JpaActorRepository actors = new JpaActorRepository();
    private EntityManager em;

    @BeforeEach
    void repositoryOnTheDatabase() {
        em = database.em();
        actors.em = em;
        actors.lookups = new TransactionLookups();
        actors.lookups.transactions = transactions;
        Actor usa = new Actor("United States", ActorType.COUNTRY);
        usa.addAlias("usa");
        em.persist(usa);
        em.flush();
        em.clear();
    }

    @Test
    void a_name_found_once_is_found_again_in_the_same_transaction_without_a_query() {
        Actor first = actors.findByCanonicalName("United States").orElseThrow();
        Actor byAlias = actors.findConfirmedByAlias("usa").orElseThrow();

        AtomicReference<Optional<Actor>> again = new AtomicReference<>();
        AtomicReference<Optional<Actor>> againByAlias = new AtomicReference<>();
        long statements = database.statementsPreparedBy(() -> {
            again.set(actors.findByCanonicalName("United States"));
            againByAlias.set(actors.findConfirmedByAlias("usa"));
        });

        assertThat(statements).isZero();
        assertThat(again.get()).containsSame(first);
        assertThat(againByAlias.get()).containsSame(byAlias);
    }

    @Test
    void another_transaction_queries_again() {
        actors.findByCanonicalName("United States");

        transactions.next();

        assertThat(database.statementsPreparedBy(() -> actors.findByCanonicalName("United States"))).isPositive();
    }

    @Test
    void a_row_no_longer_managed_is_read_again() {
        actors.findByCanonicalName("United States");
        em.clear();

        AtomicReference<Optional<Actor>> again = new AtomicReference<>();
        long statements = database.statementsPreparedBy(() -> again.set(actors.findByCanonicalName("United States")));

        assertThat(statements).isPositive();
        assertThat(again.get()).hasValueSatisfying(actor -> assertThat(em.contains(actor)).isTrue());
    }

    @Test
    void a_row_that_no_longer_carries_the_name_is_not_answered() {
        Actor usa = actors.findByCanonicalName("United States").orElseThrow();
        actors.findConfirmedByAlias("usa").orElseThrow();

        usa.rename("United States of America");
        usa.removeAlias("usa");

        assertThat(actors.findByCanonicalName("United States")).isEmpty();
        assertThat(actors.findConfirmedByAlias("usa")).isEmpty();
        assertThat(actors.findByCanonicalName("United States of America")).containsSame(usa);
    }

    @Test
    void a_name_not_found_is_looked_up_again() {
        assertThat(actors.findByCanonicalName("Canada")).isEmpty();
        em.persist(new Actor("Canada", ActorType.COUNTRY));

        assertThat(actors.findByCanonicalName("Canada")).isPresent();
    }

    @Test
    void a_transaction_that_remembers_misses_looks_up_a_missing_name_once_until_the_row_is_added() {
        actors.lookups.rememberMisses();
        assertThat(actors.findByCanonicalName("Canada")).isEmpty();
        assertThat(actors.findConfirmedByAlias("ca")).isEmpty();

        assertThat(database.statementsPreparedBy(() -> {
            assertThat(actors.findByCanonicalName("Canada")).isEmpty();
            assertThat(actors.findConfirmedByAlias("ca")).isEmpty();
        })).isZero();

        Actor canada = new Actor("Canada", ActorType.COUNTRY);
        canada.addAlias("ca");
        actors.add(canada);
        assertThat(actors.findByCanonicalName("Canada")).containsSame(canada);
        assertThat(actors.findConfirmedByAlias("ca")).containsSame(canada);
    }

    @Test
    void an_alias_finds_the_earliest_confirmed_unmerged_actor_carrying_it() {
        transactions.none();
        Actor proposed = Actor.proposed("U.S. proposed", ActorType.COUNTRY);
        proposed.addAlias("us");
        Actor merged = new Actor("U.S. merged", ActorType.COUNTRY);
        merged.addAlias("us");
        Actor first = new Actor("U.S. first", ActorType.COUNTRY);
        first.addAlias("us");
        Actor second = new Actor("U.S. second", ActorType.COUNTRY);
        second.addAlias("us");
        List.of(proposed, merged, first, second).forEach(em::persist);
        merged.markMergedInto(second);
        em.flush();

        assertThat(actors.findConfirmedByAlias("us")).containsSame(first);
        assertThat(actors.findConfirmedByAlias("usa")).containsSame(actors.findByCanonicalName("United States").orElseThrow());
        assertThat(actors.findConfirmedByAlias("nobody")).isEmpty();
    }

    @Test
    void without_a_transaction_every_lookup_queries() {
        transactions.none();
        actors.findByCanonicalName("United States");

        assertThat(database.statementsPreparedBy(() -> actors.findByCanonicalName("United States"))).isPositive();
    }
}
