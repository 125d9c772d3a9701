package org.dictum.web.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.FacesException;
import org.dictum.domain.UnknownEntityException;
import org.junit.jupiter.api.Test;

class UnknownRecordHandlerTest {

    @Test
    void an_unknown_record_is_found_however_deep_the_faces_implementation_wrapped_it() {
        UnknownEntityException unknown = new UnknownEntityException("Article", "abc");

        assertThat(UnknownRecordHandler.unknownRecord(new FacesException(new FacesException(unknown)))).containsSame(unknown);
        assertThat(UnknownRecordHandler.unknownRecord(unknown)).containsSame(unknown);
    }

    @Test
    void other_failures_are_left_to_the_next_handler() {
        assertThat(UnknownRecordHandler.unknownRecord(new FacesException(new IllegalStateException("boom")))).isEmpty();
        assertThat(UnknownRecordHandler.unknownRecord(null)).isEmpty();
    }
}
