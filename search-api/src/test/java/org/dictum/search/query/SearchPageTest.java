package org.dictum.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchPageTest {

    @Test
    void facets_keep_their_display_order_and_cannot_be_changed() {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            facets.put(facet.parameter(), List.of(new FacetCount("v", 1, false)));
        }

        SearchPage<String> page = new SearchPage<>(1, 1, 20, List.of("hit"), facets, List.of(), null);
        facets.clear();

        assertThat(page.facets().keySet()).containsExactly(java.util.Arrays.stream(Facet.values()).map(Facet::parameter)
                .toArray(String[]::new));
        assertThatThrownBy(() -> page.facets().put("x", List.of())).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_page_read_after_a_cursor_has_no_number_and_links_the_next_cursor_and_the_first_page() {
        SearchPage<String> page = new SearchPage<>(40, 1, 2, List.of("a", "b"), Map.of(), List.of(), "c2", "c1");

        assertThat(page.page()).as("a cursor page is no page 1").isNull();
        assertThat(page.searchAfter()).isEqualTo("c1");
        assertThat(page.links()).extracting(PageLink::rel).containsExactly("next", "first");
        assertThat(page.links().get(0).parameters()).containsEntry("searchAfter", "c2");
        assertThat(page.links().get(1).parameters()).containsEntry("searchAfter", null);
    }

    @Test
    void a_numbered_page_links_its_neighbours_by_number() {
        SearchPage<String> middle = new SearchPage<>(5, 2, 2, List.of("c", "d"), Map.of(), List.of(), "c");
        SearchPage<String> last = new SearchPage<>(5, 3, 2, List.of("e"), Map.of(), List.of(), null);

        assertThat(middle.page()).isEqualTo(2);
        assertThat(middle.links()).extracting(PageLink::rel, link -> link.parameters().get("page"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("next", "3"), org.assertj.core.groups.Tuple.tuple("prev", "1"),
                        org.assertj.core.groups.Tuple.tuple("first", "1"));
        assertThat(last.links()).extracting(PageLink::rel).containsExactly("prev", "first");
    }
    @Test
    void at_the_result_window_a_numbered_page_links_next_by_cursor_for_a_date_order() {
        String cursor = Cursor.after(SortOrder.NEWEST, java.time.LocalDate.of(2022, 1, 9), 7, 0).token();
        SearchPage<String> last = new SearchPage<>(50, 5, 2, List.of("i", "j"), Map.of(), List.of(), cursor, null,
                SortOrder.NEWEST, 10);
        SearchPage<String> before = new SearchPage<>(50, 4, 2, List.of("g", "h"), Map.of(), List.of(), cursor, null,
                SortOrder.NEWEST, 10);

        assertThat(last.links()).extracting(PageLink::rel).containsExactly("next", "prev", "first");
        assertThat(last.links().get(0).parameters()).containsEntry("searchAfter", cursor).containsEntry("page", null)
                .doesNotContainKey("size");
        assertThat(before.links().get(0).parameters()).as("page 5 ends at hit 10, within the window")
                .containsEntry("page", "5").doesNotContainKey("searchAfter");
    }

    @Test
    void relevance_has_no_next_link_past_the_result_window_by_number_or_by_cursor() {
        String cursor = Cursor.after(SortOrder.RELEVANCE, null, 7, 10).token();
        SearchPage<String> numbered = new SearchPage<>(50, 5, 2, List.of("i", "j"), Map.of(), List.of(), cursor, null,
                SortOrder.RELEVANCE, 10);
        SearchPage<String> afterCursor = new SearchPage<>(50, null, 2, List.of("i", "j"), Map.of(), List.of(), cursor,
                Cursor.after(SortOrder.RELEVANCE, null, 5, 8).token(), SortOrder.RELEVANCE, 10);
        SearchPage<String> withinWindow = new SearchPage<>(50, null, 2, List.of("i", "j"), Map.of(), List.of(), cursor,
                Cursor.after(SortOrder.RELEVANCE, null, 5, 8).token(), SortOrder.RELEVANCE, 12);

        assertThat(numbered.links()).extracting(PageLink::rel).containsExactly("prev", "first");
        assertThat(afterCursor.links()).extracting(PageLink::rel).containsExactly("first");
        assertThat(withinWindow.links()).extracting(PageLink::rel).containsExactly("next", "first");
    }
}
