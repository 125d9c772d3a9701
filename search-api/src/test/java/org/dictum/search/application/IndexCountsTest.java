package org.dictum.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.dictum.search.application.SearchIndexMaintenance.Counts;
import org.junit.jupiter.api.Test;

/** When differing counts call for a rebuild at start-up, and when they only mean an index catching up. */
class IndexCountsTest {

    @Test
    void equal_counts_are_consistent_whatever_waits_in_the_outbox() {
        assertThat(new Counts(3, 3, 9, 9, 0).consistent()).isTrue();
        assertThat(new Counts(3, 3, 9, 9, 2).outOfStep()).isFalse();
    }

    @Test
    void differing_counts_without_pending_updates_are_out_of_step() {
        Counts counts = new Counts(3, 2, 9, 9, 0);
        assertThat(counts.consistent()).isFalse();
        assertThat(counts.outOfStep()).isTrue();
    }

    @Test
    void differing_counts_with_pending_updates_are_an_index_catching_up() {
        Counts counts = new Counts(4, 3, 12, 9, 1);
        assertThat(counts.consistent()).isFalse();
        assertThat(counts.outOfStep()).isFalse();
    }
}
