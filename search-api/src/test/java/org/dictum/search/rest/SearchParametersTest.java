package org.dictum.search.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dictum.domain.InvalidInputException;
import org.dictum.search.query.SearchRequest;
import org.junit.jupiter.api.Test;

/**
 * The portal's downloads read the API's search parameters from a servlet request: they refuse what the API refuses,
 * paging and presentation included (a download answered 200 for page=abc, which the API's export answers 400).
 */
class SearchParametersTest {

    @Test
    void malformed_paging_and_presentation_are_refused_naming_the_parameter() {
        Map<String, String> malformed = Map.of("page", "abc", "size", "-1", "interval", "fortnight", "searchAfter", "not-a-cursor");
        malformed.forEach((name, value) -> assertThatThrownBy(() -> SearchParameters.fromQuery(query("format", "csv", name, value), "format"))
                .as("%s=%s", name, value)
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(name));
    }

    @Test
    void well_formed_paging_and_presentation_are_read() {
        SearchRequest request = SearchParameters.fromQuery(query("format", "csv", "q", "missiles", "page", "2", "size", "5",
                "interval", "month"), "format");

        assertThat(request.query()).isEqualTo("missiles");
        assertThat(request.page()).isEqualTo(2);
        assertThat(request.size()).isEqualTo(5);
        assertThat(request.interval()).isNotNull();
    }

    private static Map<String, String[]> query(String... namesAndValues) {
        Map<String, String[]> query = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            query.put(namesAndValues[i], new String[] {namesAndValues[i + 1]});
        }
        return query;
    }
}
