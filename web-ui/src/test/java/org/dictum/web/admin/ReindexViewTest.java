package org.dictum.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.dictum.search.reindex.ReindexStatus;
import org.junit.jupiter.api.Test;

class ReindexViewTest {

    private static ReindexStatus run(String state, String phase, long indexed, long total, boolean cancelRequested, String failure) {
        return new ReindexStatus(3, state, "admin", Instant.parse("2026-12-03T10:00:00Z"), null, phase, List.of("statements"),
                false, List.of(), null, total, indexed, total == 0 ? 0 : 100.0 * indexed / total, 10, null, cancelRequested,
                failure, null, null);
    }

    @Test
    void a_running_reindex_is_announced_in_steps_of_ten_percent_so_that_each_refresh_is_not_read_out() {
        assertThat(ReindexView.announcement(run("running", "statements", 412, 1000, false, null)))
                .isEqualTo("Reindex run 3 is running: statements, 40 % done.");
        assertThat(ReindexView.announcement(run("running", "statements", 499, 1000, false, null)))
                .as("the same words while the run stays within the step")
                .isEqualTo(ReindexView.announcement(run("running", "statements", 401, 1000, false, null)));
        assertThat(ReindexView.announcement(run("running", "articles", 50, 1000, true, null)))
                .isEqualTo("Reindex run 3 is running: articles, 0 % done, cancelling.");
    }

    @Test
    void the_end_of_a_run_is_announced_with_its_outcome() {
        assertThat(ReindexView.announcement(run("succeeded", "done", 1000, 1000, false, null)))
                .isEqualTo("Reindex run 3 succeeded: 1,000 of 1,000 documents rewritten.");
        assertThat(ReindexView.announcement(run("cancelled", "statements", 20, 1000, true, null)))
                .isEqualTo("Reindex run 3 cancelled: 20 of 1,000 documents rewritten.");
        assertThat(ReindexView.announcement(run("failed", "statements", 20, 1000, false, "the index is read-only")))
                .isEqualTo("Reindex run 3 failed: the index is read-only");
    }

    @Test
    void nothing_is_announced_before_the_first_run() {
        ReindexStatus idle = new ReindexStatus(0, "idle", null, null, null, null, List.of(), false, List.of(), null, 0, 0, 0,
                0, null, false, null, null, null);
        assertThat(ReindexView.announcement(idle)).isEmpty();
    }
}
