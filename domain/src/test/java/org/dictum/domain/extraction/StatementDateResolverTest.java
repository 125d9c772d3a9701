package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatementDateResolverTest {

    private static final LocalDate SUNDAY = LocalDate.of(2022, 1, 9);
    private final StatementDateResolver resolver = new StatementDateResolver();

    @Test
    void weekday_is_the_most_recent_such_day_before_publication() {
        assertThat(resolver.dateIn("the official said Saturday", SUNDAY)).contains(LocalDate.of(2022, 1, 8));
    }

    @Test
    void weekday_later_in_the_week_than_publication_lies_in_the_previous_week() {
        LocalDate tuesday = LocalDate.of(2022, 1, 11);
        assertThat(resolver.dateIn("Russia said on Friday", tuesday)).contains(LocalDate.of(2022, 1, 7));
    }

    @Test
    void weekday_of_publication_is_the_publication_day_itself() {
        assertThat(resolver.dateIn("he said Sunday", SUNDAY)).contains(SUNDAY);
    }

    @Test
    void yesterday_and_today_are_relative_to_publication() {
        assertThat(resolver.dateIn("she said yesterday", SUNDAY)).contains(LocalDate.of(2022, 1, 8));
        assertThat(resolver.dateIn("NATO said today", SUNDAY)).contains(SUNDAY);
    }

    @Test
    void explicit_dates_win_and_take_the_year_before_when_later_than_publication() {
        assertThat(resolver.dateIn("said on Jan. 5", SUNDAY)).contains(LocalDate.of(2022, 1, 5));
        assertThat(resolver.dateIn("said on Dec. 30", SUNDAY)).contains(LocalDate.of(2021, 12, 30));
        assertThat(resolver.dateIn("said on 3 March 2020", SUNDAY)).contains(LocalDate.of(2020, 3, 3));
    }

    @Test
    void without_publication_date_only_dates_with_a_year_resolve() {
        assertThat(resolver.dateIn("said Saturday", null)).isEmpty();
        assertThat(resolver.dateIn("said on Jan. 5", null)).isEmpty();
        assertThat(resolver.dateIn("said on January 5, 2022", null)).contains(LocalDate.of(2022, 1, 5));
    }

    @Test
    void possessive_weekday_is_not_a_statement_date() {
        assertThat(resolver.dateIn("the official said, referring to Monday’s talks", SUNDAY)).isEmpty();
    }

    @Test
    void attribution_without_date_words_has_no_date() {
        assertThat(resolver.dateIn("the official said", SUNDAY)).isEmpty();
    }

    @Test
    void last_week_last_month_and_days_ago_count_back_from_publication() {
        assertThat(resolver.dateIn("the official said last week", SUNDAY)).contains(LocalDate.of(2022, 1, 2));
        assertThat(resolver.dateIn("she said last month", SUNDAY)).contains(LocalDate.of(2021, 12, 9));
        assertThat(resolver.dateIn("he said two days ago", SUNDAY)).contains(LocalDate.of(2022, 1, 7));
    }

    @Test
    void future_tense_weekday_is_the_next_such_day() {
        assertThat(resolver.dateIn("Biden will tell allies on Tuesday", SUNDAY)).contains(LocalDate.of(2022, 1, 11));
        assertThat(resolver.dateIn("she is expected to announce Friday", SUNDAY)).contains(LocalDate.of(2022, 1, 14));
        assertThat(resolver.dateIn("he will speak tomorrow", SUNDAY)).contains(LocalDate.of(2022, 1, 10));
    }

    @Test
    void last_and_next_weekday_are_strictly_before_and_after() {
        assertThat(resolver.dateIn("he said last Sunday", SUNDAY)).contains(LocalDate.of(2022, 1, 2));
        assertThat(resolver.dateIn("they will meet next Sunday", SUNDAY)).contains(LocalDate.of(2022, 1, 16));
    }

    @Test
    void vague_time_words_resolve_to_nothing() {
        assertThat(resolver.dateIn("she said recently", SUNDAY)).isEmpty();
        assertThat(resolver.dateIn("he said earlier this week", SUNDAY)).isEmpty();
    }

    @Test
    void a_past_tense_cue_never_dates_a_statement_after_publication() {
        LocalDate wednesday = LocalDate.of(2022, 1, 12);
        assertThat(resolver.dateIn("the minister said on Friday, it will", "said", wednesday)).contains(LocalDate.of(2022, 1, 7));
        assertThat(resolver.dateIn("the minister said tomorrow", "said", wednesday)).isEmpty();
        assertThat(resolver.dateIn("the minister will say tomorrow", "will say", wednesday)).contains(LocalDate.of(2022, 1, 13));
    }
}
