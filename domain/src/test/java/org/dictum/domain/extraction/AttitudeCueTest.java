package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dictum.domain.extraction.StatementFinding.content;
import static org.dictum.domain.extraction.StatementFinding.speaker;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attributions beyond speech verbs (intention, stance, knowledge), progressive and aspectual cues, and where a
 * content after its cue ends.
 */
class AttitudeCueTest {

    @Test
    void intention_verb_takes_its_infinitive_with_to_as_content() {
        Found found = single("The Clinton campaign wants to release all of its findings before the election.");
        assertThat(found.speaker()).isEqualTo("The Clinton campaign");
        assertThat(found.cue()).isEqualTo("wants");
        assertThat(found.content()).isEqualTo("to release all of its findings before the election");
    }

    @Test
    void plural_subject_with_base_form_intention_verb_is_found() {
        Found found = single("Democrats plan to introduce a bill on voting rights next month.");
        assertThat(found.speaker()).isEqualTo("Democrats");
        assertThat(found.content()).isEqualTo("to introduce a bill on voting rights next month");
    }

    @Test
    void refusal_and_pledge_take_an_infinitive() {
        assertThat(single("Trump refused to disclose his detailed medical records.").content())
                .isEqualTo("to disclose his detailed medical records");
        assertThat(single("The governor pledged to cap emissions by the end of the decade.").cue()).isEqualTo("pledged");
    }

    @Test
    void plan_as_a_noun_is_not_a_cue() {
        assertThat(StatementFinding.cued("The plan to cut taxes for the rich was dropped in June.")).isEmpty();
        assertThat(StatementFinding.cued("Mrs. Clinton's tax plans would raise revenue from the richest families.")).isEmpty();
    }

    @Test
    void stance_verb_takes_its_object_as_content() {
        Found found = single("Senator Warren supported the bill that would break up the largest banks.");
        assertThat(found.speaker()).isEqualTo("Senator Warren");
        assertThat(found.cue()).isEqualTo("supported");
        assertThat(found.content()).isEqualTo("the bill that would break up the largest banks");
    }

    @Test
    void stance_verb_in_base_form_is_not_a_cue() {
        assertThat(StatementFinding.cued("Their support for the bill has never wavered in the Senate.")).isEmpty();
    }

    @Test
    void object_content_ends_before_the_circumstances_of_the_speech_act() {
        Found found = single("Christie described Clinton as a disgrace after the debate in Hempstead on Monday.");
        assertThat(found.content()).isEqualTo("Clinton as a disgrace");
    }

    @Test
    void knowledge_verb_takes_a_clause() {
        Found found = single("Voters know that the economy will decide this election.");
        assertThat(found.speaker()).isEqualTo("Voters");
        assertThat(found.content()).isEqualTo("the economy will decide this election");
    }

    @Test
    void demand_and_reject_stay_out_of_the_lexicon() {
        assertThat(StatementFinding.cued("Russia has demanded binding promises that NATO will not expand eastward.")).isEmpty();
        assertThat(StatementFinding.cued("The U.S. and NATO have rejected those demands out of hand.")).isEmpty();
    }

    @Test
    void progressive_cue_takes_the_speaker_before_it() {
        Found found = single("Clinton aides are saying that the tax returns show the need for reform.");
        assertThat(found.speaker()).isEqualTo("Clinton aides");
        assertThat(found.cue()).isEqualTo("saying");
        assertThat(found.content()).isEqualTo("the tax returns show the need for reform");
    }

    @Test
    void cue_after_a_verb_of_aspect_takes_the_speaker_before_both() {
        assertThat(single("The senator keeps saying the war was a mistake from the start.").speaker()).isEqualTo("The senator");
        Found insisted = single("Trump continues to insist that he cannot release his taxes.");
        assertThat(insisted.speaker()).isEqualTo("Trump");
        assertThat(insisted.content()).isEqualTo("he cannot release his taxes");
    }

    @Test
    void attribution_nested_in_a_content_is_found_with_its_own_speaker() {
        String text = "The senator keeps saying he opposed the war from the start.";
        List<SpeechCandidate> found = StatementFinding.cued(text);
        assertThat(found).extracting(candidate -> speaker(text, candidate)).containsExactly("The senator", "he");
        assertThat(found).extracting(candidate -> content(text, candidate))
                .containsExactly("he opposed the war from the start", "the war from the start");
    }

    @Test
    void participle_after_a_comma_still_takes_the_main_clause_speaker() {
        List<SpeechCandidate> found = StatementFinding.cued("Obama spoke on Friday, saying the museum tells the story of America.");
        assertThat(found).hasSize(1);
        assertThat(speaker("Obama spoke on Friday, saying the museum tells the story of America.", found.get(0)))
                .isEqualTo("Obama");
    }

    @Test
    void inserted_clause_after_that_opens_the_content() {
        String text = "Trump said that, if elected, he would leave such decisions to the generals.";
        Found found = single(text);
        assertThat(found.content()).isEqualTo("if elected, he would leave such decisions to the generals");
    }

    @Test
    void second_verb_of_the_same_subject_ends_the_first_content() {
        assertStatementsOf("Trump", "Trump tweeted that Machado was disgusting and urged Americans to watch her old videos.",
                "Machado was disgusting", "Americans to watch her old videos");
    }

    @Test
    void second_verb_after_a_comma_and_is_the_same_subject_s_too() {
        assertStatementsOf("Ryan", "Ryan said he was not ready to support the campaign, and suggested that Trump needs to unify the party.",
                "he was not ready to support the campaign", "Trump needs to unify the party");
    }

    /** The text's statements have these contents, in this order, all of {@code speaker}. */
    private static void assertStatementsOf(String speaker, String text, String... contents) {
        List<SpeechCandidate> found = StatementFinding.cued(text);
        assertThat(found).extracting(candidate -> content(text, candidate)).containsExactly(contents);
        assertThat(found).extracting(candidate -> speaker(text, candidate)).containsOnly(speaker);
    }

    private static Found single(String text) {
        List<SpeechCandidate> found = StatementFinding.cued(text);
        assertThat(found).as("statements in: %s", text).hasSize(1);
        SpeechCandidate candidate = found.get(0);
        return new Found(speaker(text, candidate), candidate.cue(), content(text, candidate));
    }

    private record Found(String speaker, String cue, String content) {
    }
}
