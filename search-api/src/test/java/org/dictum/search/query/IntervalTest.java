package org.dictum.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.dictum.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class IntervalTest {

    private static final LocalDate FIRST = LocalDate.parse("0001-01-01");
    private static final LocalDate LAST = LocalDate.parse("2999-06-30");

    @Test
    void an_archive_spanning_millennia_gets_centuries_not_a_refusal() {
        Interval interval = Interval.automatic(FIRST, LAST, 60);

        assertThat(interval).isEqualTo(Interval.CENTURY);
        assertThat(interval.bucketsBetween(FIRST, LAST)).isEqualTo(30);
    }

    @Test
    void the_automatic_interval_is_the_finest_that_fits() {
        assertThat(Interval.automatic(LocalDate.parse("1850-03-01"), LocalDate.parse("2024-12-31"), 60))
                .as("175 years: 18 decades").isEqualTo(Interval.DECADE);
        assertThat(Interval.automatic(LocalDate.parse("1850-03-01"), LocalDate.parse("2999-01-01"), 60))
                .as("115 decades").isEqualTo(Interval.CENTURY);
        assertThat(Interval.automatic(LocalDate.parse("1990-03-01"), LocalDate.parse("2024-12-31"), 60)).isEqualTo(Interval.YEAR);
    }

    @Test
    void decades_and_centuries_start_on_round_years_and_tile_the_range() {
        assertThat(Interval.DECADE.bucketStart(LocalDate.parse("2019-07-04"))).isEqualTo("2010-01-01");
        assertThat(Interval.DECADE.next(LocalDate.parse("2010-01-01"))).isEqualTo("2020-01-01");
        assertThat(Interval.CENTURY.bucketStart(LocalDate.parse("1999-12-31"))).isEqualTo("1900-01-01");
        assertThat(Interval.CENTURY.bucketStart(LocalDate.parse("0001-01-01"))).isEqualTo("0000-01-01");
        assertThat(Interval.DECADE.bucketsBetween(LocalDate.parse("2009-12-31"), LocalDate.parse("2010-01-01"))).isEqualTo(2);
        assertThat(Interval.CENTURY.bucketsBetween(LocalDate.parse("1900-01-01"), LocalDate.parse("1999-12-31"))).isEqualTo(1);
    }

    @Test
    void requests_name_them() {
        assertThat(Interval.parse("Decade")).isEqualTo(Interval.DECADE);
        assertThat(Interval.parse("century")).isEqualTo(Interval.CENTURY);
        assertThatThrownBy(() -> Interval.parse("fortnight")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("decade, century");
    }
}
