package org.dictum.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttributionTest {

    @Test
    void a_request_without_a_caller_is_anonymous_and_one_with_a_caller_is_theirs() {
        assertThat(Attribution.inRequest(null, null).user()).isEqualTo("anonymous");
        assertThat(Attribution.inRequest("  ", null).user()).isEqualTo("anonymous");
        assertThat(Attribution.inRequest(" librarian1 ", null).user()).isEqualTo("librarian1");
    }

    @Test
    void work_outside_a_request_is_the_systems_without_a_reason() {
        assertThat(Attribution.system()).isEqualTo(new Attribution("system", Optional.empty()));
    }

    @Test
    void a_blank_reason_is_no_reason_and_a_long_one_is_cut_to_what_the_column_holds() {
        assertThat(Attribution.inRequest("a", "   ").reason()).isEmpty();
        assertThat(Attribution.inRequest("a", " Typo in title ").reason()).contains("Typo in title");
        assertThat(Attribution.inRequest("a", "x".repeat(5000)).reason()).get()
                .extracting(String::length).isEqualTo(AuditRevision.MAX_REASON_LENGTH);
    }

    @Test
    void a_body_without_a_reason_keeps_the_headers_and_a_given_one_replaces_it() {
        ChangeAttribution attribution = new ChangeAttribution();
        attribution.because("from the header");
        attribution.because(null);
        attribution.because("  ");
        assertThat(attribution.reason()).contains("from the header");
        attribution.because("from the body");
        assertThat(attribution.reason()).contains("from the body");
    }

    @Test
    void a_curating_caller_is_a_librarian_and_no_caller_cannot_curate() {
        CurrentUser someone = () -> Optional.of("ada");
        CurrentUser nobody = Optional::empty;
        assertThat(someone.librarian().name()).isEqualTo("ada");
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(nobody::librarian);
    }
}
