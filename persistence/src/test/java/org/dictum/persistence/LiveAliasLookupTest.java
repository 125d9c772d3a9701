package org.dictum.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.actor.ActorType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The alias lookup that old names in search filters go through: any status, never a merged actor. */
class LiveAliasLookupTest {

    @RegisterExtension
    final RolledBackH2 database = new RolledBackH2("live-alias");
    private final JpaActorRepository actors = new JpaActorRepository();
    private EntityManager em;

    @BeforeEach
    void repositoryOnTheDatabase() {
        em = database.em();
        actors.em = em;
        actors.lookups = new TransactionLookups();
        actors.lookups.transactions = new FakeTransactions();
    }

    @Test
    void a_renamed_proposed_actor_is_found_by_its_old_name_and_a_merged_one_is_not() {
        Actor renamed = Actor.proposed("Tom Baker", ActorType.PERSON);
        renamed.rename("Thomas Baker");
        Actor survivor = new Actor("Petra Novak", ActorType.PERSON);
        Actor merged = Actor.proposed("P. Novak", ActorType.PERSON);
        merged.addAlias("Novak");
        em.persist(renamed);
        em.persist(survivor);
        em.persist(merged);
        merged.markMergedInto(survivor);
        em.flush();
        em.clear();

        assertThat(actors.findLiveByAlias("Tom Baker")).map(Actor::getCanonicalName).contains("Thomas Baker");
        assertThat(actors.findConfirmedByAlias("Tom Baker")).as("proposed: not for ingestion's alias lookup").isEmpty();
        assertThat(actors.findLiveByAlias("Novak")).isEmpty();
        assertThat(actors.findLiveByAlias("Thomas Baker")).as("a canonical name is no alias").isEmpty();
    }
}
