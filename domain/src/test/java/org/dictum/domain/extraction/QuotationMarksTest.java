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
    void an_unclosed_quote_does_not_swallow_the_next_paragraph() {
        assertThat(quoted("“We will go on\nThe “next” one")).containsExactly("next");
    }

    private static List<String> quoted(String text) {
        return QuotationMarks.find(text).stream().map(quote -> text.substring(quote.open() + 1, quote.close())).toList();
    }
}
