package org.dictum.domain.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TopicCodeTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Arms control | arms-control",
            "Security & Defence | security-and-defence",
            "  Énergie   nucléaire | energie-nucleaire",
            "money-fx | money-fx",
            "M&A | m-and-a",
            "!!! | topic"})
    void labels_become_lower_case_ascii_slugs(String label, String code) {
        assertThat(TopicCode.fromLabel(label).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Arms", "arms control", "-arms", "arms--control", "arms-"})
    void anything_but_a_slug_is_refused(String value) {
        assertThatThrownBy(() -> new TopicCode(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_suffix_tells_apart_codes_and_keeps_them_short_enough() {
        assertThat(new TopicCode("trade").withSuffix(2).value()).isEqualTo("trade-2");
        assertThat(TopicCode.fromLabel("a".repeat(150)).withSuffix(12).value()).hasSize(TopicCode.MAX_LENGTH).endsWith("-12");
    }
}
