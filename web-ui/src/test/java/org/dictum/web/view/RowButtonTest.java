package org.dictum.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowButtonTest {

    @Test
    void a_row_button_is_named_after_what_it_does_and_the_row_s_item() {
        assertThat(RowButton.label("Revoke", "token", "ci-bot")).isEqualTo("Revoke token 'ci-bot'");
    }

    @Test
    void an_item_that_tells_the_rows_apart_by_itself_is_named_without_quotes() {
        assertThat(RowButton.label("Reject", "statement 3", null)).isEqualTo("Reject statement 3");
        assertThat(RowButton.label("Reject", "statement 3", " ")).isEqualTo("Reject statement 3");
    }
}
