package org.dictum.search.query;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.dictum.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class SearchLimitsTest {

    private final SearchLimits limits = new SearchLimits();

    SearchLimitsTest() {
        limits.maxPageSize = 100;
        limits.maxResultWindow = 10_000;
    }

    private static SearchRequest page(int page, int size) {
        return new SearchRequest(null, Map.of(), null, null, null, page, size);
    }

    @Test
    void pages_whose_offset_overflows_an_int_are_refused_like_any_page_past_the_window() {
        for (SearchRequest request : new SearchRequest[] {page(Integer.MAX_VALUE, 100), page(42_949_673, 100), page(1_073_741_825, 2)}) {
            assertThatThrownBy(() -> limits.check(request)).as("page %d, size %d", request.page(), request.size())
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("Paging stops at hit 10000");
        }
    }

    @Test
    void the_last_page_inside_the_window_is_served() {
        assertThatCode(() -> limits.check(page(100, 100))).doesNotThrowAnyException();
        assertThatThrownBy(() -> limits.check(page(101, 100))).isInstanceOf(InvalidInputException.class);
    }
}
