package org.dictum.bench.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencyStatsTest {

    @Test
    void percentiles_are_nearest_rank_over_the_sorted_values() {
        long[] nanos = LongStream.rangeClosed(1, 200).map(ms -> ms * 1_000_000).toArray();
        reverse(nanos);

        LatencyStats stats = LatencyStats.of(nanos);

        assertThat(stats.count()).isEqualTo(200);
        assertThat(stats.p50Millis()).isEqualTo(100.0);
        assertThat(stats.p99Millis()).isEqualTo(198.0);
        assertThat(stats.meanMillis()).isEqualTo(100.5);
        assertThat(stats.maxMillis()).isEqualTo(200.0);
    }

    @Test
    void one_value_is_every_percentile() {
        LatencyStats stats = LatencyStats.of(new long[] {3_000_000});

        assertThat(stats.p50Millis()).isEqualTo(3.0);
        assertThat(stats.p99Millis()).isEqualTo(3.0);
    }

    @Test
    void no_values_is_an_error() {
        assertThatThrownBy(() -> LatencyStats.of(new long[0])).isInstanceOf(IllegalArgumentException.class);
    }

    private static void reverse(long[] values) {
        for (int i = 0, j = values.length - 1; i < j; i++, j--) {
            long t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
