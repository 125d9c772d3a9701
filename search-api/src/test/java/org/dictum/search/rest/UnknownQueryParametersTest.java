package org.dictum.search.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dictum.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class UnknownQueryParametersTest {

    @Test
    void a_method_reads_its_query_parameters_and_those_of_its_bean_parameters_but_not_its_path() throws Exception {
        Method history = ActorResource.class.getMethod("history", long.class, RevisionPaging.class, jakarta.ws.rs.core.UriInfo.class);
        Method list = Listing.class.getDeclaredMethod("list", long.class, String.class, String.class);

        assertThat(UnknownQueryParameters.readBy(history)).contains(Set.of("offset", "limit"));
        assertThat(UnknownQueryParameters.readBy(list)).contains(Set.of("q", "limit"));
    }

    @Test
    void a_method_that_takes_a_search_is_left_to_the_search_s_own_check() throws Exception {
        Method search = SearchResource.class.getMethod("statements", SearchParameters.class);

        assertThat(UnknownQueryParameters.readBy(search)).isEqualTo(Optional.empty());
    }

    @Test
    void a_parameter_not_read_is_refused_naming_it_and_what_the_request_takes() {
        assertThatThrownBy(() -> UnknownQueryParameters.refuseUnread(List.of("limit", "sizee"), Set.of("limit", "offset")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("'sizee' is not a parameter of this request (it takes limit, offset)")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("sizee");
        assertThatThrownBy(() -> UnknownQueryParameters.refuseUnread(List.of("page"), Set.of()))
                .hasMessage("'page' is not a parameter of this request (it takes none)");
    }

    @Test
    void parameters_read_and_campaign_tracking_pass() {
        assertThatCode(() -> UnknownQueryParameters.refuseUnread(List.of("limit", "utm_source", "fbclid"), Set.of("limit")))
                .doesNotThrowAnyException();
    }

    static class Listing {
        @SuppressWarnings("unused")
        void list(@PathParam("id") long id, @QueryParam("q") String q, @QueryParam("limit") @DefaultValue("5") String limit) {
        }
    }
}
