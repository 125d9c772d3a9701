package org.dictum.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dictum.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class ChangeAttributionTest {

    @Test
    void a_reason_longer_than_the_history_keeps_is_refused_not_cut() {
        ChangeAttribution attribution = new ChangeAttribution();
        attribution.because("Typo in the headline");

        assertThatThrownBy(() -> attribution.because("x".repeat(AuditRevision.MAX_REASON_LENGTH + 1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("reason has at most 1000 characters; was 1001")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("reason");
        assertThat(attribution.reason()).contains("Typo in the headline");
    }

    @Test
    void a_reason_of_the_largest_length_and_a_later_blank_one_keep_the_reason() {
        ChangeAttribution attribution = new ChangeAttribution();
        String longest = " " + "y".repeat(AuditRevision.MAX_REASON_LENGTH) + " ";

        attribution.because(longest);
        attribution.because("  ");

        assertThat(attribution.reason()).contains(longest.strip());
    }
}
