package org.dictum.search.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.dictum.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void a_bare_date_means_midnight_utc() {
        assertThat(Dates.instantOf("publishedAt", "2022-01-09")).isEqualTo(Instant.parse("2022-01-09T00:00:00Z"));
    }

    @Test
    void date_times_keep_their_offset_and_default_to_utc() {
        assertThat(Dates.instantOf("publishedAt", "2022-01-09T14:30:00+02:00")).isEqualTo(Instant.parse("2022-01-09T12:30:00Z"));
        assertThat(Dates.instantOf("publishedAt", "1987-02-26T15:01:01")).isEqualTo(Instant.parse("1987-02-26T15:01:01Z"));
    }

    @Test
    void missing_values_are_null() {
        assertThat(Dates.instantOf("publishedAt", null)).isNull();
        assertThat(Dates.dateOf("from", " ")).isNull();
    }

    @Test
    void unreadable_dates_name_the_field() {
        assertThatThrownBy(() -> Dates.instantOf("publishedAt", "9 Jan 2022"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("publishedAt")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("publishedAt");
        assertThatThrownBy(() -> Dates.dateOf("to", "2022-02-30"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("to");
        assertThat(Dates.dateOf("to", "2022-02-28")).isEqualTo(LocalDate.of(2022, 2, 28));
    }
}
