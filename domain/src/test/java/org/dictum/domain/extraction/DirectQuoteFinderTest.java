package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dictum.domain.extraction.StatementFinding.content;

import java.util.List;
import org.dictum.domain.statement.StatementKind;
import org.junit.jupiter.api.Test;

class DirectQuoteFinderTest {

    @Test
    void quote_interrupted_by_its_attribution_is_one_statement_of_that_speaker() {
        String text = "“We are ready,” she said, “but we will not be rushed into anything.”";
        List<SpeechCandidate> statements = StatementFinding.all(text);
        assertThat(statements).singleElement().satisfies(statement -> {
            assertThat(statement.speaker().text()).isEqualTo("she");
            assertThat(content(text, statement)).startsWith("We are ready").endsWith("rushed into anything.");
        });
    }

    @Test
    void quote_in_the_next_sentence_continues_the_attributed_quote() {
        String text = "“The talks were useful,” the minister said. “We will meet again in March to finish the work.”";
        assertThat(StatementFinding.all(text)).singleElement()
                .satisfies(statement -> assertThat(content(text, statement)).endsWith("finish the work."));
    }

    @Test
    void quote_after_a_participle_clause_of_the_attribution_continues_the_quote() {
        String text = "“This is in their heads,” said Caddell, speaking of her health. “It is one of the things worrying them.”";
        assertThat(StatementFinding.all(text)).singleElement().satisfies(statement -> {
            assertThat(StatementFinding.speaker(text, statement)).isEqualTo("Caddell");
            assertThat(content(text, statement)).startsWith("This is in their heads").endsWith("worrying them.");
        });
    }

    @Test
    void quote_continues_reported_speech_that_comes_before_its_cue() {
        String text = "The talks had failed, the minister said on Tuesday. “We will meet again in March to finish the work.”";
        assertThat(StatementFinding.all(text)).singleElement().satisfies(statement -> {
            assertThat(statement.kind()).isEqualTo(StatementKind.REPORTED_SPEECH);
            assertThat(content(text, statement)).startsWith("The talks had failed").endsWith("finish the work.");
        });
    }

    @Test
    void quote_after_a_sentence_of_the_writer_does_not_continue_the_quote() {
        String text = "“We had problems,” Obama said after the meeting. He did not threaten anyone. "
                + "“Our goal is to start instituting some norms for everybody.”";
        List<SpeechCandidate> statements = StatementFinding.all(text);
        assertThat(statements).hasSize(2);
        assertThat(content(text, statements.get(0))).isEqualTo("We had problems");
        assertThat(statements.get(1).style()).isEqualTo(CueStyle.QUOTE_WITHOUT_CUE);
    }

    @Test
    void quote_after_reported_speech_with_its_content_after_the_cue_is_a_statement_of_its_own() {
        String text = "The minister said the talks had failed. “We will meet again in March to finish the work.”";
        List<SpeechCandidate> statements = StatementFinding.all(text);
        assertThat(statements).hasSize(2);
        assertThat(content(text, statements.get(0))).isEqualTo("the talks had failed");
        assertThat(statements.get(1).style()).isEqualTo(CueStyle.QUOTE_WITHOUT_CUE);
    }

    @Test
    void quote_opening_a_later_sentence_without_cue_is_kept_without_speaker() {
        String text = "The minister said the talks were useful. Then he left.\n“This is the only way forward for all of us.”";
        List<SpeechCandidate> statements = StatementFinding.all(text);
        assertThat(statements).hasSize(2);
        SpeechCandidate quote = statements.get(1);
        assertThat(quote.kind()).isEqualTo(StatementKind.DIRECT_QUOTE);
        assertThat(quote.speaker()).isNull();
        assertThat(quote.style()).isEqualTo(CueStyle.QUOTE_WITHOUT_CUE);
        assertThat(content(text, quote)).isEqualTo("This is the only way forward for all of us.");
    }

    @Test
    void short_quotes_without_cue_are_scare_quotes_not_statements() {
        String text = "The plan was called a “red line” by observers.\n“Not again.”";
        assertThat(StatementFinding.all(text)).isEmpty();
    }

    @Test
    void quote_running_over_paragraphs_is_one_statement() {
        String text = "Trump said: “We will build the wall. It will be beautiful.\n“And Mexico will pay for it, believe me.”";
        assertThat(StatementFinding.all(text)).singleElement().satisfies(statement -> {
            assertThat(statement.kind()).isEqualTo(StatementKind.DIRECT_QUOTE);
            assertThat(content(text, statement)).startsWith("We will build the wall").endsWith("believe me.");
        });
    }
}
