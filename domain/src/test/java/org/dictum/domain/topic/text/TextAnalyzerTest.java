package org.dictum.domain.topic.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    private final TextAnalyzer analyzer = TextAnalyzer.english();

    @Test
    void keeps_stems_of_content_words_in_text_order() {
        assertThat(analyzer.terms("The Elections were held in 2022, and OPEC's oil ministers met."))
                .containsExactly("elect", "held", "opec", "oil", "minist", "met");
    }

    @Test
    void punctuation_and_hyphens_separate_words() {
        assertThat(analyzer.terms("money-fx/interest rates")).containsExactly("monei", "fx", "interest", "rate");
    }

    @Test
    void text_without_content_words_has_no_terms() {
        assertThat(analyzer.terms("It is what it is: 42 %")).isEmpty();
    }
}
