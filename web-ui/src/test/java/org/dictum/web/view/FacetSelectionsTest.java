package org.dictum.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dictum.search.query.Facet;
import org.dictum.search.saved.SearchQueryString;
import org.junit.jupiter.api.Test;

class FacetSelectionsTest {

    private static final Map<String, String> CURRENT = Map.of("arms control", "Arms control", "Tom Baker", "Thomas Baker");

    private static FacetSelections of(String query) {
        return FacetSelections.of(SearchQueryString.parse(query), (facet, value) -> CURRENT.getOrDefault(value, value));
    }

    private static SearchUrl url(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(SearchQueryString.parameters(query));
        return new SearchUrl("/", parameters);
    }

    @Test
    void removing_a_value_removes_it_as_the_url_writes_it() {
        FacetSelections selections = of("q=talks&topic=arms+control");
        assertThat(selections.values(Facet.TOPIC)).containsExactly("Arms control");
        assertThat(selections.without(url("q=talks&topic=arms+control"), Facet.TOPIC, "Arms control").toString())
                .isEqualTo("/?q=talks");
        assertThat(selections.toggle(url("q=talks&topic=arms+control"), Facet.TOPIC, "Arms control").toString())
                .isEqualTo("/?q=talks");
    }

    @Test
    void an_old_name_and_the_current_one_are_one_selection_removed_together() {
        FacetSelections selections = of("speaker=Tom+Baker&speaker=Thomas+Baker&speaker=NATO");
        assertThat(selections.values(Facet.SPEAKER)).containsExactly("Thomas Baker", "NATO");
        assertThat(selections.without(url("speaker=Tom+Baker&speaker=Thomas+Baker&speaker=NATO"), Facet.SPEAKER,
                "Thomas Baker").toString()).isEqualTo("/?speaker=NATO");
    }

    @Test
    void toggling_a_value_not_selected_adds_it() {
        assertThat(of("topic=arms+control").toggle(url("topic=arms+control"), Facet.TOPIC, "Diplomacy").toString())
                .isEqualTo("/?topic=arms+control&topic=Diplomacy");
    }

    @Test
    void the_values_as_written_are_kept_for_the_search_form() {
        assertThat(of("topic=arms+control&actor=NATO").written(Facet.TOPIC)).containsExactly("arms control");
    }
}
