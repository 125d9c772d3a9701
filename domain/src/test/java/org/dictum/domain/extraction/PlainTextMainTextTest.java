package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextMainTextTest {

    private final PlainTextMainText extractor = new PlainTextMainText(BoilerplateFilter.english());

    @Test
    void short_first_line_without_period_followed_by_text_is_the_headline() {
        MainText main = extractor.extract("Talks end without deal\n\nThe talks ended.\r\nBoth sides left.", null);
        assertThat(main.title()).isEqualTo("Talks end without deal");
        assertThat(main.text()).isEqualTo("The talks ended.\nBoth sides left.");
    }

    @Test
    void first_line_ending_with_a_period_is_body_text_not_a_headline() {
        MainText main = extractor.extract("The talks ended.\nBoth sides left.", null);
        assertThat(main.title()).isNull();
        assertThat(main.text()).isEqualTo("The talks ended.\nBoth sides left.");
    }

    @Test
    void a_single_line_is_never_taken_as_headline() {
        MainText main = extractor.extract("Just one line without period", null);
        assertThat(main.title()).isNull();
        assertThat(main.text()).isEqualTo("Just one line without period");
    }

    @Test
    void supplied_title_repeated_as_first_line_is_dropped_from_the_main_text() {
        MainText main = extractor.extract("Talks end\nThe talks ended.", "Talks end");
        assertThat(main.title()).isEqualTo("Talks end");
        assertThat(main.text()).isEqualTo("The talks ended.");
    }

    @Test
    void supplied_title_keeps_a_different_first_line_in_the_main_text() {
        MainText main = extractor.extract("Geneva, Monday\nThe talks ended.", "Talks end");
        assertThat(main.title()).isEqualTo("Talks end");
        assertThat(main.text()).isEqualTo("Geneva, Monday\nThe talks ended.");
    }
}
