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

    @Test
    void names_in_another_case_are_found_by_canonical_name_and_by_alias_but_never_on_a_merged_actor() {
        Actor renamed = new Actor("Hans Müller", ActorType.PERSON);
        renamed.addAlias("H. Müller");
        Actor other = new Actor("Kyiv City Council", ActorType.ORGANIZATION);
        Actor survivor = new Actor("Petra Novak", ActorType.PERSON);
        Actor merged = new Actor("HANS MÜLLER JR", ActorType.PERSON);
        merged.addAlias("h. müller");
        em.persist(renamed);
        em.persist(other);
        em.persist(survivor);
        em.persist(merged);
        merged.markMergedInto(survivor);
        for (int i = 0; i < 300; i++) {
            Actor filler = new Actor("Filler " + i, ActorType.OTHER);
            filler.addAlias("Alias " + i);
            filler.addAlias("Other alias " + i);
            em.persist(filler);
        }
        em.flush();
        em.clear();

        assertThat(actors.findLiveNamedIgnoringCase("hans müller")).extracting(Actor::getCanonicalName).containsExactly("Hans Müller");
        assertThat(actors.findLiveNamedIgnoringCase("H. MÜLLER")).extracting(Actor::getCanonicalName).containsExactly("Hans Müller");
        assertThat(actors.findLiveNamedIgnoringCase("hans müller jr")).as("merged").isEmpty();
        assertThat(actors.findLiveNamedIgnoringCase("alias 7")).extracting(Actor::getCanonicalName).containsExactly("Filler 7");
        assertThat(actors.findLiveNamedIgnoringCase("Nobody")).isEmpty();
    }
}
