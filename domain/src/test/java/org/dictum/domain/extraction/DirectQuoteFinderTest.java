package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dictum.domain.statement.StatementKind;
import org.junit.jupiter.api.Test;

class DirectQuoteFinderTest {

    private final DirectQuoteFinder finder =
            new DirectQuoteFinder(SpeechVerbs.english(), SpeakerPhraseParser.english(ActorDictionary.english()));
    private final SentenceSplitter splitter = SentenceSplitter.english();

    @Test
    void cue_after_the_quote_names_the_speaker_and_the_trailing_comma_is_stripped() {
        String text = "“We can explore the possibility of progress,” the official said, referring to Geneva.";
        SpeechCandidate quote = single(text);
        assertThat(content(text, quote)).isEqualTo("We can explore the possibility of progress");
        assertThat(quote.speaker().text()).isEqualTo("the official");
        assertThat(quote.cue()).isEqualTo("said");
        assertThat(quote.kind()).isEqualTo(StatementKind.DIRECT_QUOTE);
    }

    @Test
    void inverted_cue_after_the_quote_names_the_speaker() {
        String text = "\"The door stays open,\" said Foreign Minister Sergei Lavrov on Monday.";
        SpeechCandidate quote = single(text);
        assertThat(quote.speaker().text()).isEqualTo("Foreign Minister Sergei Lavrov");
        assertThat(quote.attribution()).contains("on Monday");
    }

    @Test
    void cue_before_the_quote_with_colon_names_the_speaker() {
        String text = "The Kremlin said: «These demands are not negotiable.»";
        SpeechCandidate quote = single(text);
        assertThat(quote.speaker().text()).isEqualTo("The Kremlin");
        assertThat(content(text, quote)).isEqualTo("These demands are not negotiable.");
    }

    @Test
    void carry_over_with_aside_and_mismatched_marks_is_attributed_to_the_pronoun() {
        String text = "He added, though, that \"there will be no firm commitments made in these talks.”";
        SpeechCandidate quote = single(text);
        assertThat(quote.speaker().text()).isEqualTo("He");
        assertThat(quote.cue()).isEqualTo("added");
        assertThat(content(text, quote)).isEqualTo("there will be no firm commitments made in these talks.");
    }

    @Test
    void second_quote_of_a_sentence_takes_the_cue_between_the_quotes() {
        String text = "“We are ready,” she said, “but we will not be rushed into anything.”";
        List<SpeechCandidate> quotes = finder.find(text, splitter.split(text));
        assertThat(quotes).hasSize(2);
        assertThat(quotes).extracting(quote -> quote.speaker().text()).containsExactly("she", "she");
    }

    @Test
    void quote_opening_a_sentence_without_cue_is_kept_for_the_previous_speaker() {
        String text = "“This is the only way forward for all of us.”";
        SpeechCandidate quote = single(text);
        assertThat(quote.speaker()).isNull();
        assertThat(quote.style()).isEqualTo(CueStyle.QUOTE_WITHOUT_CUE);
    }

    @Test
    void scare_quotes_are_not_statements() {
        String text = "The plan was called a “red line” by observers.";
        assertThat(finder.find(text, splitter.split(text))).isEmpty();
    }

    private SpeechCandidate single(String text) {
        List<SpeechCandidate> quotes = finder.find(text, splitter.split(text));
        assertThat(quotes).as("quotes in: %s", text).hasSize(1);
        return quotes.get(0);
    }

    private static String content(String text, SpeechCandidate quote) {
        return text.substring(quote.contentStart(), quote.contentEnd());
    }
}
