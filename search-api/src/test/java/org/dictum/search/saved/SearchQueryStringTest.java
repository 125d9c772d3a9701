package org.dictum.search.saved;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.dictum.domain.InvalidInputException;
import org.dictum.search.query.Facet;
import org.dictum.search.query.SearchRequest;
import org.dictum.search.query.SortOrder;
import org.junit.jupiter.api.Test;

class SearchQueryStringTest {

    @Test
    void two_spellings_of_one_search_give_one_canonical_string() {
        String one = SearchQueryString.parse("?topic=Diplomacy&actor=Zeta&q=missile+talks&actor=Alpha&from=2022-01-01").canonical();
        String other = SearchQueryString.parse("actor=Alpha&from=2022-01-01&q=missile%20talks&actor=Zeta&topic=Diplomacy&sort=relevance")
                .canonical();
        assertThat(one).isEqualTo(other)
                .isEqualTo("q=missile+talks&actor=Alpha&actor=Zeta&topic=Diplomacy&from=2022-01-01&sort=relevance");
    }

    @Test
    void paging_and_presentation_are_not_part_of_a_search() {
        assertThat(SearchQueryString.parse("page=4&size=50&interval=week&searchAfter=abc").canonical()).isEqualTo("sort=newest");
    }

    @Test
    void the_canonical_string_reads_back_as_the_same_request() {
        SearchQueryString search = SearchQueryString.parse("q=%22exact+phrase%22&speaker=A%26B&to=2022-02-01&sort=oldest");
        SearchRequest request = SearchQueryString.parse(search.canonical()).toRequest(2, 10);
        assertThat(request.query()).isEqualTo("\"exact phrase\"");
        assertThat(request.selected(Facet.SPEAKER)).isEqualTo(List.of("A&B"));
        assertThat(request.to()).isEqualTo(LocalDate.of(2022, 2, 1));
        assertThat(request.sort()).isEqualTo(SortOrder.OLDEST);
        assertThat(request.page()).isEqualTo(2);
        assertThat(request.size()).isEqualTo(10);
    }

    @Test
    void one_copy_per_story_is_part_of_a_search() {
        SearchQueryString distinct = SearchQueryString.parse("distinct=true&q=talks");
        assertThat(distinct.canonical()).isEqualTo("q=talks&sort=relevance&distinct=true");
        assertThat(SearchQueryString.parse(distinct.canonical()).toRequest(1, 10).distinctStories()).isTrue();
        assertThat(SearchQueryString.parse("distinct=false&q=talks").canonical()).isEqualTo("q=talks&sort=relevance");
        assertThatThrownBy(() -> SearchQueryString.parse("distinct=yes")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("true or false");
    }

    @Test
    void unknown_parameters_repeated_single_values_and_bad_dates_are_refused() {
        assertThatThrownBy(() -> SearchQueryString.parse("colour=red")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("colour");
        assertThatThrownBy(() -> SearchQueryString.parse("q=a&q=b")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SearchQueryString.parse("from=yesterday")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SearchQueryString.parse("from=2022-02-01&to=2022-01-01")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SearchQueryString.parse("sort=random")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SearchQueryString.parse("q=%zz")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void distinct_is_true_or_false_in_any_case_as_the_api_reads_it() {
        assertThat(SearchQueryString.parse("q=said&distinct=TRUE").distinctStories()).isTrue();
        assertThat(SearchQueryString.parse("q=said&distinct=TRUE").canonical()).isEqualTo("q=said&sort=relevance&distinct=true");
        assertThat(SearchQueryString.parse("q=said&distinct=False").distinctStories()).isFalse();
        assertThatThrownBy(() -> SearchQueryString.parse("distinct=1")).isInstanceOf(InvalidInputException.class)
                .hasMessage("distinct must be true or false, was '1'");
    }

    @Test
    void campaign_tracking_parameters_are_ignored_and_not_part_of_the_search() {
        SearchQueryString tracked = SearchQueryString.parse("q=missiles&utm_source=newsletter&utm_campaign=x&fbclid=1&gclid=2");
        assertThat(tracked.canonical()).isEqualTo("q=missiles&sort=relevance");
        assertThat(tracked.written()).containsOnlyKeys("q");
    }

    @Test
    void a_repeated_single_value_names_the_parameter_and_a_search_url_keeps_its_presentation() {
        assertThatThrownBy(() -> SearchQueryString.parse("q=missiles&q=oil")).isInstanceOf(InvalidInputException.class)
                .hasMessage("'q' is given 2 times; give it once");
        assertThatThrownBy(() -> SearchQueryString.parse("page=1&page=2")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'page' is given 2 times");
        SearchQueryString shown = SearchQueryString.parse("q=talks&page=3&interval=week&actor=NATO&actor=NATO&to=");
        SearchRequest request = shown.toRequest(20);
        assertThat(request.page()).isEqualTo(3);
        assertThat(request.size()).isEqualTo(20);
        assertThat(request.interval().parameter()).isEqualTo("week");
        assertThat(shown.written()).containsOnlyKeys("q", "page", "interval", "actor");
        assertThat(shown.selected(Facet.ACTOR)).containsExactly("NATO");
    }

    @Test
    void an_endpoints_own_parameters_are_neither_refused_nor_searched() {
        SearchQueryString export = SearchQueryString.of(SearchQueryString.parameters("q=talks&format=csv"), java.util.Set.of("format"));
        assertThat(export.canonical()).isEqualTo("q=talks&sort=relevance");
        assertThatThrownBy(() -> SearchQueryString.parse("q=talks&format=csv")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'format' is not a search parameter");
        assertThatThrownBy(() -> SearchQueryString.of(SearchQueryString.parameters("q=talks&bogus=1"),
                java.util.Set.of("window", "format", "link", "actors")))
                .isInstanceOf(InvalidInputException.class).hasMessageEndingWith("searchAfter) nor one of this request's own "
                        + "(actors, format, link, window)");
    }

    @Test
    void a_search_with_a_malformed_cursor_is_refused_when_it_is_read_as_search_refuses_it() {
        assertThatThrownBy(() -> SearchQueryString.parse("q=talks&searchAfter=zzz").toRequest(20))
                .isInstanceOf(InvalidInputException.class).hasMessage("searchAfter is not a cursor this API returned (nextCursor)");
    }

    @Test
    void a_page_number_too_large_for_a_whole_number_says_the_range() {
        assertThatThrownBy(() -> SearchQueryString.parse("page=99999999999").toRequest(20))
                .isInstanceOf(InvalidInputException.class).hasMessage("page is too large: at most 2147483647, was '99999999999'");
        assertThatThrownBy(() -> SearchQueryString.parse("page=abc").toRequest(20))
                .isInstanceOf(InvalidInputException.class).hasMessage("page must be a whole number, was 'abc'");
    }
}
