package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationMarksTest {

    @Test
    void curly_straight_and_guillemet_quotes_are_found() {
        assertThat(quoted("“One two” and \"three four\" and «five six»"))
                .containsExactly("One two", "three four", "five six");
    }

    @Test
    void mismatched_straight_opening_and_curly_closing_marks_form_a_quote() {
        assertThat(quoted("He added that \"there will be no firm commitments.”")).containsExactly("there will be no firm commitments.");
    }

    @Test
    void apostrophes_are_not_single_quotes() {
        assertThat(quoted("Monday’s meeting and the official’s ‘red lines’ don’t matter"))
                .containsExactly("red lines");
    }

    @Test
    void an_unclosed_quote_ends_with_its_paragraph() {
        assertThat(quoted("“We will go on\nThe “next” one")).containsExactly("We will go on", "next");
    }

    @Test
    void a_quote_left_open_continues_when_the_next_paragraph_opens_with_a_mark() {
        String text = "He said: “We will go on.\n“And we will win.” Then he left.";
        List<QuotedSpan> quotes = QuotationMarks.find(text);
        assertThat(quotes).singleElement().satisfies(quote -> {
            assertThat(text.substring(quote.innerStart(), quote.innerEnd())).isEqualTo("We will go on.\n“And we will win.");
            assertThat(text.substring(quote.start(), quote.end())).contains("\n");
        });
    }

    @Test
    void doubled_apostrophes_and_low_opening_marks_are_quotation_marks() {
        assertThat(quoted("He said ''it is over,'' and left; „Wir schaffen das“ she said"))
                .containsExactly("it is over,", "Wir schaffen das");
    }

    @Test
    void a_second_opening_mark_ends_a_quote_left_open() {
        assertThat(quoted("“We will go on “and on” forever")).containsExactly("We will go on", "and on");
    }

    private static List<String> quoted(String text) {
        return QuotationMarks.find(text).stream().map(quote -> text.substring(quote.innerStart(), quote.innerEnd())).toList();
    }
}
