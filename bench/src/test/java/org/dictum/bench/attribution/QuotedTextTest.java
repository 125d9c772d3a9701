package org.dictum.bench.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotedTextTest {

    @Test
    void content_is_direct_when_at_least_half_of_its_words_are_quoted() {
        String text = "He said “we will win this one” and that they would not stop now.";
        WordPositions words = new WordPositions(text);
        QuotedText quoted = new QuotedText(text);
        assertThat(quoted.isDirect(words.tokensIn(List.of(new CharSpan(8, 30))), words)).isTrue();
        assertThat(quoted.isDirect(words.tokensIn(List.of(new CharSpan(8, text.length()))), words)).isFalse();
    }

    @Test
    void a_quotation_ends_at_a_line_break_and_straight_marks_toggle() {
        String text = "“Open without close\nplain words here \"quoted words\" plain";
        WordPositions words = new WordPositions(text);
        QuotedText quoted = new QuotedText(text);
        assertThat(quoted.isDirect(words.tokensIn(List.of(new CharSpan(20, 36))), words)).isFalse();
        assertThat(quoted.isDirect(words.tokensIn(List.of(new CharSpan(37, 50))), words)).isTrue();
    }
}
