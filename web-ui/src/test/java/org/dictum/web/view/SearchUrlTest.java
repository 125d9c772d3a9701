package org.dictum.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchUrlTest {

    private final SearchUrl url = new SearchUrl("/", ordered());

    private static Map<String, List<String>> ordered() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("q", List.of("missiles"));
        parameters.put("page", List.of("3"));
        return parameters;
    }

    @Test
    void adding_a_facet_value_keeps_the_query_and_returns_to_page_one() {
        assertThat(url.with("actor", "Russia").toString()).isEqualTo("/?q=missiles&actor=Russia");
    }

    @Test
    void a_download_of_the_search_names_its_format_first_and_leaves_out_the_page() {
        assertThat(url.with("actor", "NATO").atPage(2).download("export/statements", "format", "csv").toString())
                .isEqualTo("/export/statements?format=csv&q=missiles&actor=NATO");
    }

    @Test
    void a_download_of_the_empty_search_ends_in_its_format_without_a_stray_ampersand() {
        assertThat(new SearchUrl("/dictum/", Map.of()).download("export/networks/actor-topic", "format", "gexf").toString())
                .isEqualTo("/dictum/export/networks/actor-topic?format=gexf");
        assertThat(new SearchUrl("/dictum/", Map.of("page", List.of("2"))).download("export/statements", "format", "jsonl")
                .toString()).isEqualTo("/dictum/export/statements?format=jsonl");
    }

    @Test
    void toggling_selects_then_deselects() {
        SearchUrl selected = url.toggle("actor", "NATO").toggle("actor", "United States");

        assertThat(selected.toString()).isEqualTo("/?q=missiles&actor=NATO&actor=United+States");
        assertThat(selected.toggle("actor", "NATO").toString()).isEqualTo("/?q=missiles&actor=United+States");
    }

    @Test
    void values_are_url_encoded() {
        assertThat(new SearchUrl("/", Map.of()).with("q", "\"a&b\" <x>").toString())
                .isEqualTo("/?q=%22a%26b%22+%3Cx%3E");
    }

    @Test
    void paging_replaces_the_page_number() {
        assertThat(url.atPage(4).toString()).isEqualTo("/?q=missiles&page=4");
    }

    @Test
    void removing_the_last_parameter_leaves_the_bare_path() {
        assertThat(new SearchUrl("/ctx/", Map.of()).with("actor", "NATO").without("actor", "NATO").toString())
                .isEqualTo("/ctx/");
    }
}
