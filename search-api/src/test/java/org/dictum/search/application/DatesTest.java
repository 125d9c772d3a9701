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
    void a_range_time_outside_the_years_0000_to_9999_is_invalid_input_naming_the_field() {
        for (String far : new String[] {"+999999999-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "-0001-12-31T23:00:00Z"}) {
            assertThatThrownBy(() -> Dates.instantOf("from", far)).as(far)
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("years 0000 to 9999")
                    .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("from");
        }
        assertThat(Dates.instantOf("until", "9999-12-31T23:59:59Z").toEpochMilli()).isPositive();
        assertThat(Dates.instantOf("until", "0000-01-01").toEpochMilli()).isNegative();
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

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void a_stored_date_lies_between_1600_and_a_year_after_today_both_included() {
        assertThat(Dates.plausibleDateOf("statementDate", "1600-01-01", TODAY)).isEqualTo(LocalDate.of(1600, 1, 1));
        assertThat(Dates.plausibleDateOf("statementDate", "2027-12-01", TODAY)).isEqualTo(LocalDate.of(2027, 12, 1));
        assertThat(Dates.plausibleDateOf("statementDate", null, TODAY)).isNull();
        for (String implausible : new String[] {"0001-01-01", "1599-12-31", "2027-12-02", "9999-12-31"}) {
            assertThatThrownBy(() -> Dates.plausibleDateOf("statementDate", implausible, TODAY)).as(implausible)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("statementDate " + implausible + " is outside the dates the archive accepts: "
                            + "1600-01-01 to 2027-12-01 (a year after today, UTC)")
                    .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("statementDate");
        }
    }

    @Test
    void a_stored_time_is_judged_by_its_date_where_it_was_given() {
        assertThat(Dates.plausibleDateTimeOf("publishedAt", "1600-01-01T00:30:00+01:00", TODAY).toInstant())
                .isEqualTo(Instant.parse("1599-12-31T23:30:00Z"));
        assertThatThrownBy(() -> Dates.plausibleDateTimeOf("publishedAt", "1599-12-31T23:30:00-01:00", TODAY))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("publishedAt");
        assertThatThrownBy(() -> Dates.plausibleDateTimeOf("publishedAt", "0001-01-01", TODAY))
                .hasMessageContaining("1600-01-01 to 2027-12-01");
        assertThat(Dates.plausibleDateTimeOf("publishedAt", " ", TODAY)).isNull();
    }

    @Test
    void search_and_audit_ranges_take_any_date() {
        assertThat(Dates.dateOf("from", "0001-01-01")).isEqualTo(LocalDate.of(1, 1, 1));
        assertThat(Dates.instantOf("until", "9999-12-31")).isEqualTo(Instant.parse("9999-12-31T00:00:00Z"));
    }
}
