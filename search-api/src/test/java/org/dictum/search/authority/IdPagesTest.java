package org.dictum.search.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class IdPagesTest {

    @Test
    void a_hundred_thousand_ids_are_cut_into_bounded_pages_holding_each_id_once() {
        List<Long> ids = LongStream.rangeClosed(1, 100_000).boxed().toList();

        List<List<Long>> pages = IdPages.of(ids, 500);

        assertThat(pages).hasSize(200).allSatisfy(page -> assertThat(page).hasSize(500));
        assertThat(pages.get(0)).startsWith(1L, 2L);
        assertThat(pages.get(199)).endsWith(100_000L);
    }

    @Test
    void duplicates_are_dropped_and_the_last_page_is_the_rest() {
        assertThat(IdPages.of(List.of(5L, 3L, 5L, 9L, 3L, 1L), 2)).containsExactly(List.of(5L, 3L), List.of(9L, 1L));
        assertThat(IdPages.of(List.of(1L, 2L, 3L), 2)).containsExactly(List.of(1L, 2L), List.of(3L));
        assertThat(IdPages.of(List.of(), 2)).isEmpty();
        assertThatThrownBy(() -> IdPages.of(List.of(1L), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
