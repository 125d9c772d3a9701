package org.dictum.web.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import org.junit.jupiter.api.Test;

class ExpiredFormHandlerTest {

    @Test
    void an_expired_view_is_found_however_deep_the_faces_implementation_wrapped_it() {
        ViewExpiredException expired = new ViewExpiredException("gone", "/admin/users.xhtml");

        assertThat(ExpiredFormHandler.expiredView(new FacesException(new FacesException(expired)))).containsSame(expired);
        assertThat(ExpiredFormHandler.expiredView(expired)).containsSame(expired);
    }

    @Test
    void other_failures_are_left_to_the_next_handler() {
        assertThat(ExpiredFormHandler.expiredView(new FacesException(new IllegalStateException("boom")))).isEmpty();
        assertThat(ExpiredFormHandler.expiredView(null)).isEmpty();
    }
}
