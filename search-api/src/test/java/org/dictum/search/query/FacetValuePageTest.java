package org.dictum.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FacetValuePageTest {

    private static Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("2022-01", 5L);
        counts.put("2022-03", 1L);
        counts.put("2021-12", 9L);
        counts.put("2022-02", 5L);
        return counts;
    }

    @Test
    void months_are_paged_newest_first_as_the_search_page_lists_them() {
        FacetValuePage first = FacetValuePage.of(Facet.MONTH, counts(), null, List.of(), 0, 2);
        FacetValuePage next = FacetValuePage.of(Facet.MONTH, counts(), null, List.of(), 2, 2);
        assertThat(first.values()).extracting(FacetCount::value).containsExactly("2022-03", "2022-02");
        assertThat(next.values()).extracting(FacetCount::value).containsExactly("2022-01", "2021-12");
    }

    @Test
    void an_offset_near_the_largest_whole_number_answers_an_empty_page_rather_than_failing() {
        FacetValuePage far = FacetValuePage.of(Facet.ACTOR, counts(), null, List.of(), Integer.MAX_VALUE, 10);

        assertThat(far.values()).isEmpty();
        assertThat(far.total()).isEqualTo(counts().size());
    }

    @Test
    void other_facets_are_paged_by_count_then_name() {
        FacetValuePage page = FacetValuePage.of(Facet.ACTOR, counts(), null, List.of(), 0, 4);
        assertThat(page.values()).extracting(FacetCount::value).containsExactly("2021-12", "2022-01", "2022-02", "2022-03");
    }
}
