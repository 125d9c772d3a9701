package org.dictum.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dictum.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class SearchRequestTest {

    private static SearchRequest request(String query, Map<Facet, List<String>> filters, SortOrder sort, int page) {
        return new SearchRequest(query, filters, null, null, sort, page, 20);
    }

    @Test
    void default_sort_is_relevance_with_a_query_and_newest_without() {
        assertThat(request("missiles", Map.of(), null, 1).sort()).isEqualTo(SortOrder.RELEVANCE);
        assertThat(request("  ", Map.of(), null, 1).sort()).isEqualTo(SortOrder.NEWEST);
        assertThat(request(null, Map.of(), SortOrder.OLDEST, 1).sort()).isEqualTo(SortOrder.OLDEST);
    }

    @Test
    void a_range_day_outside_the_years_0000_to_9999_is_invalid_input_naming_from_or_to() {
        assertThatThrownBy(() -> new SearchRequest(null, Map.of(), LocalDate.MIN, null, null, 1, 20))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("years 0000 to 9999")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("from");
        assertThatThrownBy(() -> new SearchRequest(null, Map.of(), null, LocalDate.of(10000, 1, 1), null, 1, 20))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("to");
        assertThatThrownBy(() -> new SearchRequest(null, Map.of(), LocalDate.of(-1, 12, 31), null, null, 1, 20))
                .isInstanceOf(InvalidInputException.class);
        SearchRequest widest = new SearchRequest(null, Map.of(), LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31), null, 1, 20);
        for (Interval interval : Interval.values()) {
            assertThat(interval.bucketStart(widest.from())).isBeforeOrEqualTo(widest.from());
            assertThat(interval.next(interval.bucketStart(widest.to()))).as(interval.name()).isAfter(widest.to());
        }
    }

    @Test
    void blank_and_repeated_facet_values_are_dropped() {
        Map<Facet, List<String>> filters = new HashMap<>();
        filters.put(Facet.ACTOR, Arrays.asList("Russia", "", "Russia", null, "NATO"));
        filters.put(Facet.TOPIC, List.of(" "));

        SearchRequest request = request(null, filters, null, 1);

        assertThat(request.selected(Facet.ACTOR)).containsExactly("Russia", "NATO");
        assertThat(request.selected(Facet.TOPIC)).isEmpty();
        assertThat(request.filters()).containsOnlyKeys(Facet.ACTOR);
    }

    @Test
    void size_zero_asks_for_counts_only() {
        assertThat(new SearchRequest(null, Map.of(), null, null, null, 1, 0).size()).isZero();
    }

    @Test
    void offset_follows_page_and_size() {
        assertThat(new SearchRequest(null, Map.of(), null, null, null, 3, 25).offset()).isEqualTo(50);
    }

    @Test
    void invalid_paging_and_ranges_are_refused_with_the_field_named() {
        assertThatThrownBy(() -> request(null, Map.of(), null, 0))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("page");
        assertThatThrownBy(() -> new SearchRequest(null, Map.of(), null, null, null, 1, -1))
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("size");
        assertThatThrownBy(() -> new SearchRequest(null, Map.of(), LocalDate.of(2022, 2, 1), LocalDate.of(2022, 1, 1),
                null, 1, 10))
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("from");
    }

    @Test
    void month_values_are_year_and_month_or_refused() {
        assertThat(request(null, Map.of(Facet.MONTH, List.of("2022-01", "1999-12")), null, 1).selected(Facet.MONTH))
                .containsExactly("2022-01", "1999-12");
        for (String bad : List.of("bogus", "2022-3", "2022-13", "2022-01-05")) {
            assertThatThrownBy(() -> request(null, Map.of(Facet.MONTH, List.of("2022-01", bad)), null, 1))
                    .as(bad)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("'" + bad + "'")
                    .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("month");
        }
    }

    @Test
    void facet_and_sort_parameters_are_looked_up_by_name() {
        assertThat(Facet.byParameter("speaker")).contains(Facet.SPEAKER);
        assertThat(Facet.byParameter("nope")).isEmpty();
        assertThat(SortOrder.byParameter("Newest")).contains(SortOrder.NEWEST);
        assertThat(SortOrder.byParameter("sideways")).isEmpty();
    }
}
