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
