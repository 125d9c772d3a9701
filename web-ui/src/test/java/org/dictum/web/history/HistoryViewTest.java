package org.dictum.web.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dictum.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class HistoryViewTest {

    @Test
    void a_page_below_1_is_refused_in_the_words_of_the_api() {
        assertThatThrownBy(() -> HistoryView.positive("page", "0", 1)).isInstanceOf(InvalidInputException.class)
                .hasMessage("page must be 1 or more, was 0");
        assertThatThrownBy(() -> HistoryView.positive("size", "-3", 20)).hasMessage("size must be 1 or more, was -3");
    }

    @Test
    void a_page_that_is_no_whole_number_is_refused_in_the_words_of_the_api() {
        assertThatThrownBy(() -> HistoryView.positive("page", "many", 1)).hasMessage("page must be a whole number, was 'many'");
        assertThatThrownBy(() -> HistoryView.positive("page", "99999999999", 1))
                .hasMessage("page is too large: at most 2147483647, was '99999999999'");
    }

    @Test
    void an_absent_page_is_the_default_and_a_given_one_is_read() {
        assertThat(HistoryView.positive("page", null, 1)).isEqualTo(1);
        assertThat(HistoryView.positive("size", " ", 20)).isEqualTo(20);
        assertThat(HistoryView.positive("page", " 3 ", 1)).isEqualTo(3);
    }
}
