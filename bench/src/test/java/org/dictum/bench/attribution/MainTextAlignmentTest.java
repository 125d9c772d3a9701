package org.dictum.bench.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MainTextAlignmentTest {

    private static final String ORIGINAL = "Headline\n\n  First para says this.  \nSubscribe now!\nSecond   para, quoted.\n";

    @Test
    void offsets_in_kept_paragraphs_map_to_the_same_characters_of_the_original() {
        String main = "First para says this.\nSecond   para, quoted.";
        MainTextAlignment alignment = MainTextAlignment.of(ORIGINAL, main);
        int says = main.indexOf("says");
        assertThat(ORIGINAL.substring(alignment.toOriginal(says), alignment.toOriginal(says) + 4)).isEqualTo("says");
        CharSpan quoted = alignment.toOriginal(main.indexOf("quoted"), main.indexOf("quoted") + 6);
        assertThat(ORIGINAL.substring(quoted.start(), quoted.end())).isEqualTo("quoted");
    }

    @Test
    void a_span_over_a_dropped_line_covers_it_in_the_original() {
        String main = "First para says this.\nSecond   para, quoted.";
        CharSpan span = MainTextAlignment.of(ORIGINAL, main).toOriginal(main.indexOf("this"), main.indexOf("para,") + 4);
        assertThat(ORIGINAL.substring(span.start(), span.end())).isEqualTo("this.  \nSubscribe now!\nSecond   para");
    }

    @Test
    void collapsed_whitespace_is_aligned_word_by_word() {
        String main = "First para says this.\nSecond para, quoted.";
        MainTextAlignment alignment = MainTextAlignment.of(ORIGINAL, main);
        int quoted = main.indexOf("quoted");
        assertThat(ORIGINAL.substring(alignment.toOriginal(quoted), alignment.toOriginal(quoted) + 6)).isEqualTo("quoted");
    }

    @Test
    void a_paragraph_missing_from_the_original_is_an_error_not_a_silent_guess() {
        assertThatThrownBy(() -> MainTextAlignment.of(ORIGINAL, "Nothing like it."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Nothing like it.");
    }
}
