package org.dictum.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlannerStatisticsTest {

    @Test
    void statistics_are_refreshed_when_an_imports_stored_records_double_from_500_on() {
        assertThat(PlannerStatistics.due(0, 499)).isFalse();
        assertThat(PlannerStatistics.due(0, 500)).isTrue();
        assertThat(PlannerStatistics.due(400, 900)).isTrue();
        assertThat(PlannerStatistics.due(500, 999)).isFalse();
        assertThat(PlannerStatistics.due(999, 1000)).isTrue();
        assertThat(PlannerStatistics.due(1000, 1999)).isFalse();
        assertThat(PlannerStatistics.due(1500, 2000)).isTrue();
        assertThat(PlannerStatistics.due(250_000, 255_000)).isFalse();
        assertThat(PlannerStatistics.due(255_000, 256_500)).isTrue();
    }

    @Test
    void a_chunk_that_stores_nothing_refreshes_nothing() {
        assertThat(PlannerStatistics.due(500, 500)).isFalse();
        assertThat(PlannerStatistics.due(0, 0)).isFalse();
    }

    @Test
    void over_an_import_of_20000_records_in_chunks_of_500_the_statistics_are_refreshed_six_times() {
        int refreshes = 0;
        for (long stored = 0; stored < 20_000; stored += 500) {
            refreshes += PlannerStatistics.due(stored, stored + 500) ? 1 : 0;
        }
        assertThat(refreshes).isEqualTo(6);   // at 500, 1,000, 2,000, 4,000, 8,000 and 16,000
    }
}
