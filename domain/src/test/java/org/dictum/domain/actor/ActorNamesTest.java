package org.dictum.domain.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.dictum.domain.actor.ActorRepository.ActorFilter;
import org.junit.jupiter.api.Test;

/** An actor's names are kept in Unicode NFC: "ü" typed as one character or as "u" and a combining mark is one name. */
class ActorNamesTest {

    private static final String DECOMPOSED = "Hans Mu\u0308ller";
    private static final String COMPOSED = "Hans M\u00fcller";

    @Test
    void a_decomposed_canonical_name_alias_or_new_name_is_stored_composed() {
        Actor actor = new Actor(" " + DECOMPOSED + " ", ActorType.PERSON);
        assertThat(actor.getCanonicalName()).isEqualTo(COMPOSED);

        actor.addAlias("Mu\u0308ller");
        assertThat(actor.getAliases()).containsExactly("M\u00fcller");

        actor.rename("Johann Mu\u0308ller");
        assertThat(actor.getCanonicalName()).isEqualTo("Johann M\u00fcller");
        assertThat(actor.getAliases()).containsExactlyInAnyOrder("M\u00fcller", COMPOSED);
    }

    @Test
    void runs_of_white_space_inside_a_name_are_one_space_so_that_both_spellings_are_one_name() {
        Actor actor = new Actor(" Joe  Biden ", ActorType.PERSON);
        assertThat(actor.getCanonicalName()).isEqualTo("Joe Biden");
        assertThat(Actor.normalName("Joe \t\u00a0Biden")).isEqualTo("Joe Biden");
        assertThat(Actor.normalName("\u00a0 ")).isNull();

        actor.addAlias("President   Biden");
        assertThat(actor.getAliases()).containsExactly("President Biden");
        actor.addAlias("Joe\nBiden");
        assertThat(actor.getAliases()).as("the canonical name in other spacing is no alias").containsExactly("President Biden");
        assertThat(actor.isCalledIgnoringCase("joe  biden")).isTrue();
    }

    @Test
    void an_alias_given_as_its_own_canonical_name_in_other_form_is_no_alias() {
        Actor actor = new Actor(COMPOSED, ActorType.PERSON);
        actor.addAlias(DECOMPOSED);
        assertThat(actor.getAliases()).isEmpty();
    }

    @Test
    void an_alias_is_removed_in_either_form() {
        Actor actor = new Actor("Jürgen", ActorType.PERSON);
        actor.addAlias(COMPOSED);
        assertThat(actor.removeAlias(DECOMPOSED)).isTrue();
        assertThat(actor.getAliases()).isEmpty();
        assertThat(actor.removeAlias(" ")).isFalse();
    }

    @Test
    void a_name_in_other_case_or_form_is_recognised_as_one_of_the_actors_names() {
        Actor actor = new Actor(COMPOSED, ActorType.PERSON);
        actor.addAlias("Mr M\u00fcller");
        assertThat(actor.isCalledIgnoringCase("HANS MU\u0308LLER")).isTrue();
        assertThat(actor.isCalledIgnoringCase("mr müller")).isTrue();
        assertThat(actor.isCalledIgnoringCase("Hans Mueller")).isFalse();
        assertThat(actor.isCalledIgnoringCase(" ")).isFalse();
    }

    @Test
    void a_search_text_is_composed_so_that_decomposed_input_finds_composed_names() {
        assertThat(new ActorFilter("mu\u0308ller", null, false).text()).isEqualTo("m\u00fcller");
        assertThat(new ActorFilter(null, null, false).text()).isNull();
    }
}
