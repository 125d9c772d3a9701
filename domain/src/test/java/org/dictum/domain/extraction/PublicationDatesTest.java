package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PublicationDatesTest {

    @Test
    void reads_machine_readable_dates_with_and_without_offsets() {
        assertThat(PublicationDates.parse("2022-01-09T10:00:00Z")).contains(Instant.parse("2022-01-09T10:00:00Z"));
        assertThat(PublicationDates.parse("2022-01-09T05:00:00-05:00")).contains(Instant.parse("2022-01-09T10:00:00Z"));
        assertThat(PublicationDates.parse("2022-01-09T11:00:00+0100")).contains(Instant.parse("2022-01-09T10:00:00Z"));
        assertThat(PublicationDates.parse("2022-01-09 10:00:00")).contains(Instant.parse("2022-01-09T10:00:00Z"));
        assertThat(PublicationDates.parse("2022-01-09")).contains(Instant.parse("2022-01-09T00:00:00Z"));
        assertThat(PublicationDates.parse("20080111")).contains(Instant.parse("2008-01-11T00:00:00Z"));
        assertThat(PublicationDates.parse("Sun, 9 Jan 2022 10:00:00 GMT")).contains(Instant.parse("2022-01-09T10:00:00Z"));
    }

    @Test
    void reads_dates_written_in_prose() {
        assertThat(PublicationDates.inProse("Updated Fri. Jan. 11 2008 10:56 PM ET"))
                .contains(Instant.parse("2008-01-11T00:00:00Z"));
        assertThat(PublicationDates.inProse("Last updated at 00:11am on 14th January 2008"))
                .contains(Instant.parse("2008-01-14T00:00:00Z"));
        assertThat(PublicationDates.inProse("WASHINGTON, January 9, 2022 -")).contains(Instant.parse("2022-01-09T00:00:00Z"));
    }

    @Test
    void reads_dates_in_page_addresses() {
        assertThat(PublicationDates.inUrl("https://example.com/world/2022/01/09/talks-end"))
                .contains(Instant.parse("2022-01-09T00:00:00Z"));
        assertThat(PublicationDates.inUrl("https://example.com/news/20220109/talks.html"))
                .contains(Instant.parse("2022-01-09T00:00:00Z"));
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
