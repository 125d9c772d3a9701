package org.dictum.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.dictum.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void a_token_reads_back_as_the_same_position() {
        Cursor cursor = Cursor.after(SortOrder.NEWEST, LocalDate.of(2022, 1, 8), 42, 20);

        assertThat(Cursor.parse(cursor.token(), SortOrder.NEWEST)).isEqualTo(cursor);
        Cursor undated = Cursor.after(SortOrder.OLDEST, null, 7, 0);
        assertThat(Cursor.parse(undated.token(), SortOrder.OLDEST)).isEqualTo(undated);
    }

    @Test
    void a_token_for_another_sort_or_garbage_is_refused() {
        String token = Cursor.after(SortOrder.NEWEST, LocalDate.of(2022, 1, 8), 42, 20).token();

        assertThatThrownBy(() -> Cursor.parse(token, SortOrder.OLDEST))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("sort=newest");
        assertThatThrownBy(() -> Cursor.parse("not-a-cursor", SortOrder.NEWEST))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("searchAfter");
    }

    @Test
    void an_edited_token_with_a_negative_offset_or_an_id_out_of_range_is_refused_as_no_cursor() {
        for (String raw : new String[] {"c1:relevance:-:5:-5", "c1:oldest:2022-01-01:9223372036854775807:0",
                "c1:newest:-:-1:0", "c1:newest:-:0:0"}) {
            String token = java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            SortOrder sort = SortOrder.byParameter(raw.split(":")[1]).orElseThrow();
            assertThatThrownBy(() -> Cursor.parse(token, sort)).as(raw)
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a cursor this API returned");
        }
    }

    @Test
    void a_relevance_cursor_carries_its_offset_and_a_date_cursor_starts_at_zero() {
        String relevance = Cursor.after(SortOrder.RELEVANCE, null, 5, 40).token();
        String dated = Cursor.after(SortOrder.NEWEST, LocalDate.of(2020, 1, 1), 5, 40).token();

        assertThat(new SearchRequest("x", Map.of(), null, null, SortOrder.RELEVANCE, 1, 20, null, relevance).offset())
                .isEqualTo(40);
        assertThat(new SearchRequest(null, Map.of(), null, null, SortOrder.NEWEST, 1, 20, null, dated).offset()).isZero();
        assertThatThrownBy(() -> new SearchRequest(null, Map.of(), null, null, null, 2, 20, null, dated))
                .isInstanceOf(InvalidInputException.class);
    }
}
