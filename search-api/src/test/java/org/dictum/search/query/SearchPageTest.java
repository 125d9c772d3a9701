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
}
