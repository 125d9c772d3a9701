package org.dictum.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeywordInContextTest {

    private static final String TEXT = "Talks open Monday. “We think we can at least explore it,” the official said. "
            + "He added more.\nA new paragraph follows.";

    @Test
    void gives_the_sentence_before_and_after_the_statement() {
        int start = TEXT.indexOf("We think");
        int end = TEXT.indexOf(",” the");

        assertThat(KeywordInContext.before(TEXT, start)).isEqualTo("Talks open Monday.");
        assertThat(KeywordInContext.after(TEXT, end)).isEqualTo("He added more.");
    }

    @Test
    void a_line_break_ends_a_sentence_and_text_edges_give_nothing() {
        int start = TEXT.indexOf("A new");

        assertThat(KeywordInContext.before(TEXT, start)).isEqualTo("He added more.");
        assertThat(KeywordInContext.after(TEXT, TEXT.length() - 1)).isEmpty();
        assertThat(KeywordInContext.before(TEXT, 3)).isEmpty();
    }

    @Test
    void abbreviation_free_quote_endings_close_sentences() {
        String text = "He said “No.” Then he left.";

        assertThat(KeywordInContext.after(text, text.indexOf("No") + 2)).isEqualTo("Then he left.");
    }
}
