package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = SentenceSplitter.english();

    @Test
    void initialism_before_a_lower_case_word_does_not_end_the_sentence() {
        assertThat(texts("A senior U.S. official says the talks will go ahead. Russia disagrees."))
                .containsExactly("A senior U.S. official says the talks will go ahead.", "Russia disagrees.");
    }

    @Test
    void initialism_before_a_capitalised_name_does_not_end_the_sentence() {
        assertThat(texts("The U.S. President spoke. He left.")).containsExactly("The U.S. President spoke.", "He left.");
    }

    @Test
    void initialism_before_a_typical_sentence_opener_ends_the_sentence() {
        assertThat(texts("Talks were held with the U.S. The Kremlin was pleased."))
                .containsExactly("Talks were held with the U.S.", "The Kremlin was pleased.");
    }

    @Test
    void middle_initial_of_a_name_does_not_end_the_sentence() {
        assertThat(texts("“It is smart,” Donald J. Trump said. Leonard E. Burman disagreed."))
                .containsExactly("“It is smart,” Donald J. Trump said.", "Leonard E. Burman disagreed.");
    }

    @Test
    void capital_letter_after_a_name_before_a_typical_sentence_opener_ends_the_sentence() {
        assertThat(texts("The pill contains Vitamin D. The rest is sugar."))
                .containsExactly("The pill contains Vitamin D.", "The rest is sugar.");
    }

    @Test
    void titles_and_month_abbreviations_do_not_end_the_sentence() {
        assertThat(texts("Mr. Smith met Dr. Jones on Jan. 5 in Geneva. They talked."))
                .containsExactly("Mr. Smith met Dr. Jones on Jan. 5 in Geneva.", "They talked.");
    }

    @Test
    void a_closing_quote_after_the_period_stays_with_its_sentence() {
        assertThat(texts("He said “no deal.” The talks ended. “Why?” she asked."))
                .containsExactly("He said “no deal.”", "The talks ended.", "“Why?” she asked.");
    }

    @Test
    void period_inside_a_quote_followed_by_lower_case_attribution_is_not_a_break() {
        assertThat(texts("“We are ready.” the official said.")).containsExactly("“We are ready.” the official said.");
    }

    @Test
    void newlines_are_hard_breaks_and_offsets_point_into_the_text() {
        String text = "Headline without period\nFirst sentence. Second one";
        List<Sentence> sentences = splitter.split(text);
        assertThat(sentences).extracting(Sentence::text)
                .containsExactly("Headline without period", "First sentence.", "Second one");
        assertThat(sentences).allSatisfy(sentence ->
                assertThat(text.substring(sentence.start(), sentence.end())).isEqualTo(sentence.text()));
    }

    @Test
    void doubled_apostrophe_opening_the_next_quote_starts_a_sentence() {
        assertThat(texts("''It is over,'' Mr. Friedman said. ''We lost.''"))
                .containsExactly("''It is over,'' Mr. Friedman said.", "''We lost.''");
    }

    @Test
    void a_middle_initial_after_several_spaces_is_still_one_and_after_a_lower_case_word_is_none() {
        assertThat(texts("Donald  J. Trump said so.")).containsExactly("Donald  J. Trump said so.");
        assertThat(texts("“Yes,” said J. The talks ended.")).containsExactly("“Yes,” said J.", "The talks ended.");
    }

    /**
     * A guard against quadratic time, not a speed target: a whole article on one line, 2.3 MB, 40,000 sentences. The
     * splitter read the line up to every full stop before (a 467 KB line took 195 s to extract); now it looks only
     * at the words around the stop, and this takes well under a second.
     */
    @Test
    void a_very_long_line_is_split_in_time_linear_in_its_length() {
        String sentence = "Talks number 7 will resume, the minister said on Monday. ";
        String line = sentence.repeat(40_000);
        List<Sentence> sentences = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> splitter.split(line));
        assertThat(sentences).hasSize(40_000);
        assertThat(sentences.get(39_999).text()).isEqualTo(sentence.strip());
    }

    private List<String> texts(String text) {
        return splitter.split(text).stream().map(Sentence::text).toList();
    }
}
