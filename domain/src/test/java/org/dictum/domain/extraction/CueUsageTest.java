package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueUsageTest {

    @Test
    void names_joined_by_and_are_a_plural_speaker() {
        assertThat(pluralSubjectBefore("Mr. Grassley and Mr. Leahy say other changes are needed.", "say")).isTrue();
    }

    @Test
    void a_plural_noun_opening_the_sentence_is_plural_though_capitalised() {
        assertThat(pluralSubjectBefore("Observers expect further meetings in July.", "expect")).isTrue();
    }

    @Test
    void a_single_name_is_singular() {
        assertThat(pluralSubjectBefore("Parity report number 41 from the capital.", "report")).isFalse();
        assertThat(pluralSubjectBefore("The talks ended when Mr. Jones say nothing.", "say")).isFalse();
    }

    @Test
    void a_year_is_no_count_of_speakers() {
        assertThat(pluralSubjectBefore("It will support its 1987-1992 five-year plan which begins in July.", "plan"))
                .isFalse();
        assertThat(pluralSubjectBefore("About 1,000 plan to strike.", "plan")).isTrue();
    }

    @Test
    void a_bid_or_a_fall_of_an_amount_is_no_speech_use() {
        assertThat(speechUse("Norfolk Southern Corp offered 65 dlrs per share for the company.", "offered")).isFalse();
        assertThat(speechUse("Hutton is offering $35 cash per share.", "offering")).isFalse();
        assertThat(speechUse("Sales of farm tractors declined 26.7 pct to 4,123 units.", "declined")).isFalse();
        assertThat(speechUse("Redstone offered eight pct interest.", "offered")).isFalse();
    }

    @Test
    void an_offer_or_a_refusal_in_words_is_a_speech_use() {
        assertThat(speechUse("The minister offered a compromise on the budget.", "offered")).isTrue();
        assertThat(speechUse("The company declined comment on the report.", "declined")).isTrue();
        assertThat(speechUse("The company declined to comment on the report.", "declined")).isTrue();
    }

    @Test
    void decline_without_to_or_comment_is_a_fall() {
        assertThat(speechUse("The dollar is expected to decline further in coming days.", "decline")).isFalse();
        assertThat(speechUse("Prices declined sharply in heavy trading.", "declined")).isFalse();
    }

    private static boolean speechUse(String text, String cue) {
        List<Token> tokens = Tokenizer.english().tokens(text, 0, text.length());
        int cueAt = 0;
        while (!tokens.get(cueAt).is(cue)) {
            cueAt++;
        }
        CueLexicon.Match match = CueLexicon.english().at(tokens, cueAt).orElseThrow();
        return CueUsage.isSpeechUse(tokens, match);
    }

    /** Whether the words from the sentence's start (or after "when") up to the cue are a plural subject. */
    private static boolean pluralSubjectBefore(String text, String cue) {
        List<Token> tokens = Tokenizer.english().tokens(text, 0, text.length());
        int cueAt = 0;
        while (!tokens.get(cueAt).is(cue)) {
            cueAt++;
        }
        int from = cueAt;
        while (from > 0 && !tokens.get(from - 1).is("when")) {
            from--;
        }
        return CueUsage.isPlural(tokens, SpeakerLocator.Located.plain(from, cueAt));
    }
}
