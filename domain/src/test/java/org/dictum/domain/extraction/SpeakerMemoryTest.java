package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.dictum.domain.actor.ActorType;
import org.junit.jupiter.api.Test;

class SpeakerMemoryTest {

    private final SpeakerPhraseParser parser = SpeakerPhraseParser.english(ActorDictionary.english());
    private final SpeakerMemory memory = new SpeakerMemory();

    @Test
    void differently_worded_descriptions_of_one_official_get_the_same_canonical_actor() {
        ActorReference first = resolve("A senior U.S. official").actor();
        ActorReference second = resolve("a senior Biden administration official").actor();
        assertThat(first.canonicalName()).isEqualTo("Senior official (United States)");
        assertThat(first.type()).isEqualTo(ActorType.ANONYMOUS_SOURCE);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void definite_description_refers_back_to_the_earlier_more_specific_speaker() {
        ActorReference official = resolve("a senior U.S. official").actor();
        resolve("President Joe Biden");
        ResolvedSpeaker later = resolve("the official");
        assertThat(later.actor()).isEqualTo(official);
        assertThat(later.viaCoreference()).isTrue();
    }

    @Test
    void pronoun_refers_to_the_most_recent_person_or_source_not_to_a_country() {
        ActorReference biden = resolve("President Joe Biden").actor();
        resolve("Russia");
        assertThat(resolve("He").actor()).isEqualTo(biden);
    }

    @Test
    void surname_alone_refers_back_to_the_full_name() {
        ActorReference biden = resolve("President Joe Biden").actor();
        assertThat(biden.canonicalName()).isEqualTo("Joe Biden");
        assertThat(resolve("Biden").actor()).isEqualTo(biden);
    }

    @Test
    void pronoun_without_an_earlier_speaker_stays_unresolved() {
        assertThat(resolve("She").actor()).isNull();
    }

    @Test
    void institutional_pronoun_refers_to_an_organisation() {
        ActorReference nato = resolve("NATO").actor();
        resolve("a senior official");
        assertThat(resolve("It").actor()).isEqualTo(nato);
    }

    @Test
    void description_without_affiliation_has_a_plain_role_name() {
        assertThat(resolve("a diplomat").actor().canonicalName()).isEqualTo("Diplomat");
        assertThat(resolve("officials").actor().canonicalName()).isEqualTo("Officials");
    }

    private ResolvedSpeaker resolve(String phrase) {
        return memory.resolve(parser.parse(phrase).orElseThrow());
    }
}
