package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dictum.domain.extraction.StatementDating.Dated;
import org.dictum.domain.extraction.StatementDating.StatementDate;
import org.junit.jupiter.api.Test;

class StatementDatingTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2022, 1, 9);
    private static final LocalDate SATURDAY = LocalDate.of(2022, 1, 8);
    private static final LocalDate FRIDAY = LocalDate.of(2022, 1, 7);

    @Test
    void undated_remark_takes_the_date_of_the_same_speakers_earlier_dated_remark() {
        List<StatementDate> dates = StatementDating.assign(List.of(
                new Dated("official", SATURDAY), new Dated("minister", FRIDAY), new Dated("official", null)), PUBLISHED);
        assertThat(dates.get(2)).isEqualTo(new StatementDate(SATURDAY, false));
    }

    @Test
    void undated_remark_before_any_dated_one_takes_the_later_date_of_the_same_speaker() {
        List<StatementDate> dates = StatementDating.assign(List.of(
                new Dated("official", null), new Dated("official", SATURDAY)), PUBLISHED);
        assertThat(dates.get(0)).isEqualTo(new StatementDate(SATURDAY, false));
    }

    @Test
    void speaker_without_any_dated_remark_gets_the_publication_date_marked_inferred() {
        List<StatementDate> dates = StatementDating.assign(List.of(
                new Dated("official", SATURDAY), new Dated("minister", null), new Dated(null, null)), PUBLISHED);
        assertThat(dates.get(1)).isEqualTo(new StatementDate(PUBLISHED, true));
        assertThat(dates.get(2)).isEqualTo(new StatementDate(PUBLISHED, true));
    }

    @Test
    void without_publication_date_an_undated_remark_has_no_date() {
        assertThat(StatementDating.assign(List.of(new Dated("official", null)), null))
                .containsExactly(new StatementDate(null, true));
    }
}
