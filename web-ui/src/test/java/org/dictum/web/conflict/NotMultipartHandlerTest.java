package org.dictum.web.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.FacesException;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

class NotMultipartHandlerTest {

    private static final FacesException NO_PARTS = new FacesException(new ServletException("UT010016: Not a multi part request"));

    @Test
    void a_file_field_posted_as_url_encoded_form_is_the_clients_mistake() {
        assertThat(NotMultipartHandler.partsOfNonMultipartRequest(NO_PARTS, "application/x-www-form-urlencoded")).isTrue();
        assertThat(NotMultipartHandler.partsOfNonMultipartRequest(NO_PARTS, "text/plain; charset=UTF-8")).isTrue();
        assertThat(NotMultipartHandler.partsOfNonMultipartRequest(NO_PARTS, null)).isTrue();
    }

    @Test
    void a_servlet_failure_on_a_multipart_request_is_left_to_the_next_handler() {
        assertThat(NotMultipartHandler.partsOfNonMultipartRequest(NO_PARTS, "multipart/form-data; boundary=x")).isFalse();
        assertThat(NotMultipartHandler.partsOfNonMultipartRequest(NO_PARTS, "Multipart/Form-Data; boundary=x")).isFalse();
    }

    @Test
    void other_failures_are_left_to_the_next_handler() {
        assertThat(NotMultipartHandler.partsOfNonMultipartRequest(new FacesException(new IllegalStateException("boom")),
                "application/x-www-form-urlencoded")).isFalse();
        assertThat(NotMultipartHandler.partsOfNonMultipartRequest(null, "application/x-www-form-urlencoded")).isFalse();
    }
}
