package org.dictum.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeywordInContextTest {

    private static final String TEXT = "Talks open Monday in Geneva. But, the official said the U.S. would not cut troops. "
            + "He added more.\nA new paragraph follows.";

    @Test
    void left_context_is_the_previous_sentence_and_the_lead_in_of_the_own_sentence() {
        int start = TEXT.indexOf("the U.S.");

        assertThat(KeywordInContext.before(TEXT, start)).isEqualTo("Talks open Monday in Geneva. But, the official said");
    }

    @Test
    void right_context_is_the_rest_of_the_sentence_and_the_next_one() {
        int end = TEXT.indexOf(" troops") ;

        assertThat(KeywordInContext.after(TEXT, end)).isEqualTo("troops. He added more.");
    }

    @Test
    void initials_and_abbreviations_do_not_end_sentences() {
        String text = "Mr. Smith met U.S. officials on Jan. 5 in Geneva. The talks went well.";
        int start = text.indexOf("The talks");

        assertThat(KeywordInContext.before(text, start)).isEqualTo("Mr. Smith met U.S. officials on Jan. 5 in Geneva.");
    }

    @Test
    void a_statement_that_starts_a_sentence_gets_the_previous_sentence() {
        int start = TEXT.indexOf("A new");

        assertThat(KeywordInContext.before(TEXT, start)).isEqualTo("He added more.");
        assertThat(KeywordInContext.after(TEXT, TEXT.length())).isEmpty();
        assertThat(KeywordInContext.before(TEXT, 0)).isEmpty();
    }

    @Test
    void quotes_closing_a_sentence_end_it() {
        String text = "He said “No.” Then he left. Later he returned.";

        assertThat(KeywordInContext.after(text, text.indexOf("No") + 2)).isEqualTo(".” Then he left.");
    }
}
