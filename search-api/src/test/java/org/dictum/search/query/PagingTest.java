package org.dictum.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dictum.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void a_refused_bound_names_the_parameter_its_range_and_the_value_given() {
        assertThatThrownBy(() -> Paging.offset(-1)).isInstanceOf(InvalidInputException.class)
                .hasMessage("offset must be 0 or more, was -1");
        assertThatThrownBy(() -> Paging.limit(0, 100)).hasMessage("limit must be between 1 and 100, was 0");
        assertThatThrownBy(() -> Paging.limit(101, 100)).hasMessage("limit must be between 1 and 100, was 101");
        assertThatThrownBy(() -> Paging.page(0)).hasMessage("page must be 1 or more, was 0");
        assertThatThrownBy(() -> Paging.between("size", 101, 0, 100)).hasMessage("size must be between 0 and 100, was 101");
        assertThatThrownBy(() -> Paging.limit(0, 100)).extracting("field").isEqualTo("limit");
    }

    @Test
    void values_inside_their_bounds_pass_unchanged() {
        assertThat(Paging.offset(0)).isZero();
        assertThat(Paging.limit(100, 100)).isEqualTo(100);
        assertThat(Paging.page(1)).isEqualTo(1);
    }

    @Test
    void a_parameter_that_is_no_whole_number_or_too_large_is_refused_in_words() {
        assertThat(Paging.number("page", " 7 ")).isEqualTo(7);
        assertThatThrownBy(() -> Paging.number("page", "99999999999")).isInstanceOf(InvalidInputException.class)
                .hasMessage("page is too large: at most 2147483647, was '99999999999'");
        assertThatThrownBy(() -> Paging.number("page", "abc")).hasMessage("page must be a whole number, was 'abc'");
    }
}
