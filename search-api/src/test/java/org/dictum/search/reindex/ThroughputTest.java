package org.dictum.search.reindex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThroughputTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void rate_is_items_per_second_and_zero_before_anything_happened() {
        assertThat(Throughput.perSecond(5_000, 2 * SECOND)).isEqualTo(2_500.0);
        assertThat(Throughput.perSecond(0, 2 * SECOND)).isZero();
        assertThat(Throughput.perSecond(10, 0)).isZero();
    }

    @Test
    void time_to_go_is_what_remains_at_the_rate_so_far_rounded_up() {
        assertThat(Throughput.etaSeconds(250, 1_000, 10 * SECOND)).hasValue(30);
        assertThat(Throughput.etaSeconds(300, 1_000, 10 * SECOND)).as("700 at 30/s is 23.3 s").hasValue(24);
        assertThat(Throughput.etaSeconds(1_000, 1_000, 10 * SECOND)).hasValue(0);
        assertThat(Throughput.etaSeconds(1_200, 1_000, 10 * SECOND)).as("more done than counted").hasValue(0);
        assertThat(Throughput.etaSeconds(0, 1_000, 10 * SECOND)).as("no rate yet").isEmpty();
    }

    @Test
    void percent_has_one_decimal_never_rounds_up_to_done_and_is_zero_while_nothing_is_counted() {
        assertThat(Throughput.percent(1, 3)).isEqualTo(33.3);
        assertThat(Throughput.percent(9_999, 10_000)).isEqualTo(99.9);
        assertThat(Throughput.percent(10_000, 10_000)).isEqualTo(100.0);
        assertThat(Throughput.percent(0, 0)).isEqualTo(0.0);
    }
}
