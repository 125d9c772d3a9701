package org.dictum.web.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The article page's "Statements (n)" counts as search does, and says the rejected statements it lists besides. */
class StatementCountTest {

    @Test
    void without_rejected_statements_the_count_is_the_statements_listed() {
        assertThat(new StatementCount(4, 0)).hasToString("4");
        assertThat(new StatementCount(0, 0)).hasToString("0");
    }

    @Test
    void rejected_statements_are_not_counted_as_search_does_but_said_beside_the_count() {
        assertThat(new StatementCount(4, 1)).hasToString("3, 1 rejected");
        assertThat(new StatementCount(2, 2)).hasToString("0, 2 rejected");
    }

    @Test
    void more_rejected_than_listed_is_refused() {
        assertThatThrownBy(() -> new StatementCount(1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
