package org.dictum.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.actor.ActorType;
import org.dictum.domain.actor.ExternalIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Saving an actor's details as they are is no change: no new version, so no 409 for the next librarian. */
class ActorDetailsVersionTest {

    @RegisterExtension
    final RolledBackH2 database = new RolledBackH2("actor-details");

    @Test
    void the_same_identifiers_again_leave_the_version_alone_and_a_new_one_raises_it_once() {
        EntityManager em = database.em();
        Actor actor = new Actor("Version Probe", ActorType.PERSON);
        actor.identifyAs(List.of(ExternalIdentifier.of("wikidata", "Q90", "identifiers[0]")));
        em.persist(actor);
        em.flush();
        em.clear();
        Actor stored = em.find(Actor.class, actor.getId());
        long version = stored.getVersion();

        stored.identifyAs(List.of(ExternalIdentifier.of("wikidata", "Q90", "identifiers[0]")));
        em.flush();
        assertThat(stored.getVersion()).as("the same identifiers").isEqualTo(version);

        stored.identifyAs(List.of(ExternalIdentifier.of("wikidata", "Q91", "identifiers[0]")));
        em.flush();
        assertThat(stored.getVersion()).as("another identifier").isEqualTo(version + 1);
        assertThat(stored.getIdentifiers()).extracting(ExternalIdentifier::toString).containsExactly("wikidata:Q91");
    }
}
