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
