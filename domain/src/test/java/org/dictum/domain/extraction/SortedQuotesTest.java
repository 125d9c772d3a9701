package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SortedQuotesTest {

    /** Quotations [0,10), [20,30), …: ten characters each, ten apart. */
    private static final List<QuotedSpan> QUOTES = quotes(1_000);

    @Test
    void a_stretch_gets_only_the_quotations_touching_it() {
        SortedQuotes quotes = new SortedQuotes(QUOTES);

        assertThat(quotes.overlapping(5_005, 5_025)).containsExactly(new QuotedSpan(5_000, 5_010, 5_001, 5_009),
                new QuotedSpan(5_020, 5_030, 5_021, 5_029));
        assertThat(quotes.overlapping(5_010, 5_020)).isEmpty();
        assertThat(quotes.overlapping(0, 1)).hasSize(1);
        assertThat(quotes.overlapping(19_995, 30_000)).isEmpty();
    }

    @Test
    void overlapping_quotations_are_refused() {
        assertThatThrownBy(() -> new SortedQuotes(List.of(new QuotedSpan(0, 10, 1, 9), new QuotedSpan(5, 15, 6, 14))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<QuotedSpan> quotes(int count) {
        List<QuotedSpan> quotes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            quotes.add(new QuotedSpan(20 * i, 20 * i + 10, 20 * i + 1, 20 * i + 9));
        }
        return quotes;
    }
}
