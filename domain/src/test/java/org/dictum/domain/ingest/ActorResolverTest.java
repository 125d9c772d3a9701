package org.dictum.domain.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.actor.ActorStatus;
import org.dictum.domain.actor.ActorType;
import org.dictum.domain.authority.ActorMerge;
import org.dictum.domain.extraction.ActorReference;
import org.junit.jupiter.api.Test;

/** Ingestion follows the librarians' authority rather than the gazetteer's names. */
class ActorResolverTest {

    private final InMemoryRepositories store = new InMemoryRepositories();
    private final ActorResolver resolver = new ActorResolver(store);

    @Test
    void the_old_name_of_a_renamed_confirmed_actor_resolves_to_it() {
        Actor putin = store.save(new Actor("Vladimir Putin", ActorType.PERSON));
        putin.rename("Putin, Vladimir");

        assertThat(resolver.resolve(ActorReference.of("Vladimir Putin", ActorType.PERSON))).isSameAs(putin);
        assertThat(resolver.resolveSupplied("Vladimir Putin")).isSameAs(putin);
        assertThat(store.actors).hasSize(1);
    }

    @Test
    void the_name_of_a_merged_actor_resolves_to_the_survivor() {
        Actor survivor = store.save(new Actor("Vladimir Putin", ActorType.PERSON));
        Actor merged = store.save(Actor.proposed("V. Putin", ActorType.PERSON));
        ActorMerge.perform(merged, survivor, List.of(), List.of(), List.of(), Instant.EPOCH);

        assertThat(resolver.resolve(ActorReference.of("V. Putin", ActorType.PERSON))).isSameAs(survivor);
    }

    @Test
    void a_name_written_decomposed_resolves_to_the_actor_written_composed() {
        Actor mueller = store.save(new Actor("Hans M\u00fcller", ActorType.PERSON));
        mueller.addAlias("J\u00f6rg M\u00fcller");

        assertThat(resolver.resolve(ActorReference.of("Hans Mu\u0308ller", ActorType.PERSON))).isSameAs(mueller);
        assertThat(resolver.resolveSupplied("Jo\u0308rg Mu\u0308ller")).isSameAs(mueller);
        assertThat(store.actors).hasSize(1);
    }

    @Test
    void an_alias_of_a_proposed_actor_does_not_capture_other_texts_until_a_librarian_confirms_it() {
        Actor proposed = store.save(Actor.proposed("Kremlin spokesman", ActorType.PERSON));
        proposed.addAlias("Dmitry Peskov");

        Actor found = resolver.resolve(ActorReference.of("Dmitry Peskov", ActorType.PERSON));

        assertThat(found).isNotSameAs(proposed);
        assertThat(found.getStatus()).isEqualTo(ActorStatus.CONFIRMED);
        proposed.addAlias("Mr Peskov's office");
        proposed.confirm();
        assertThat(resolver.resolveSupplied("Mr Peskov's office")).isSameAs(proposed);
    }

    @Test
    void a_speakers_titled_alias_leads_to_its_actor_before_the_name_extraction_made_of_it() {
        Actor jane = store.save(new Actor("Jane Minister", ActorType.PERSON));
        jane.addAlias("Minister Smith");
        ActorReference extracted = ActorReference.proposed("Smith", ActorType.PERSON, null);

        assertThat(resolver.resolveSpeaker("Minister Smith", extracted)).isSameAs(jane);
        assertThat(resolver.resolveSpeaker("Secretary Smith", extracted)).isNotSameAs(jane)
                .extracting(Actor::getCanonicalName).isEqualTo("Smith");
        assertThat(resolver.resolveSpeaker("a senior U.S. official", ActorReference.of("Senior official", ActorType.ANONYMOUS_SOURCE)))
                .extracting(Actor::getCanonicalName).isEqualTo("Senior official");
    }
}
