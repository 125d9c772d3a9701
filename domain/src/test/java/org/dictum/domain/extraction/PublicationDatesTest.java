package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class PublicationDatesTest {

    @Test
    void reads_machine_readable_dates_with_and_without_offsets() {
        assertThat(PublicationDates.parse("2022-01-09T10:00:00Z")).contains(OffsetDateTime.parse("2022-01-09T10:00:00Z"));
        assertThat(PublicationDates.parse("2022-01-09T05:00:00-05:00")).contains(OffsetDateTime.parse("2022-01-09T05:00:00-05:00"));
        assertThat(PublicationDates.parse("2022-01-09T11:00:00+0100")).contains(OffsetDateTime.parse("2022-01-09T11:00:00+01:00"));
        assertThat(PublicationDates.parse("2022-01-09 10:00:00")).contains(OffsetDateTime.parse("2022-01-09T10:00:00Z"));
        assertThat(PublicationDates.parse("2022-01-09")).contains(OffsetDateTime.parse("2022-01-09T00:00:00Z"));
        assertThat(PublicationDates.parse("20080111")).contains(OffsetDateTime.parse("2008-01-11T00:00:00Z"));
        assertThat(PublicationDates.parse("Sun, 9 Jan 2022 10:00:00 GMT")).contains(OffsetDateTime.parse("2022-01-09T10:00:00Z"));
    }

    @Test
    void keeps_the_offset_so_that_the_day_is_the_day_where_it_was_published() {
        assertThat(PublicationDates.parse("2022-01-08T23:30:00-05:00")).map(OffsetDateTime::toLocalDate)
                .contains(LocalDate.of(2022, 1, 8));
        assertThat(PublicationDates.parse("2022-01-09T07:00:00+09:00")).map(OffsetDateTime::toLocalDate)
                .contains(LocalDate.of(2022, 1, 9));
        assertThat(PublicationDates.parse("Sun, 9 Jan 2022 01:00:00 +0900")).map(OffsetDateTime::toLocalDate)
                .contains(LocalDate.of(2022, 1, 9));
    }

    @Test
    void reads_dates_written_in_prose() {
        assertThat(PublicationDates.inProse("Updated Fri. Jan. 11 2008 10:56 PM ET"))
                .contains(OffsetDateTime.parse("2008-01-11T00:00:00Z"));
        assertThat(PublicationDates.inProse("Last updated at 00:11am on 14th January 2008"))
                .contains(OffsetDateTime.parse("2008-01-14T00:00:00Z"));
        assertThat(PublicationDates.inProse("WASHINGTON, January 9, 2022 -")).contains(OffsetDateTime.parse("2022-01-09T00:00:00Z"));
    }

    @Test
    void reads_dates_in_page_addresses() {
        assertThat(PublicationDates.inUrl("https://example.com/world/2022/01/09/talks-end"))
                .contains(OffsetDateTime.parse("2022-01-09T00:00:00Z"));
        assertThat(PublicationDates.inUrl("https://example.com/news/20220109/talks.html"))
                .contains(OffsetDateTime.parse("2022-01-09T00:00:00Z"));
        assertThat(PublicationDates.inUrl("https://example.com/news/12345/talks")).isEmpty();
    }

    @Test
    void rejects_what_is_not_a_plausible_date() {
        assertThat(PublicationDates.parse("yesterday")).isEmpty();
        assertThat(PublicationDates.parse("2022-13-40")).isEmpty();
        assertThat(PublicationDates.parse("0001-01-01T00:00:00Z")).isEmpty();
        assertThat(PublicationDates.inUrl("https://example.com/2022/02/31/x")).isEmpty();
    }
}
