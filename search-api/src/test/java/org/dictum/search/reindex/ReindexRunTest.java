package org.dictum.search.reindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.dictum.search.application.SearchIndexMaintenance;
import org.junit.jupiter.api.Test;

class ReindexRunTest {

    private static final long SECOND = 1_000_000_000L;
    private static final Instant NINE = Instant.parse("2026-01-05T09:00:00Z");
    private static final HeapFigures HEAP = new HeapFigures(300L << 20, 200L << 20, 768L << 20);
    private static final SearchIndexMaintenance.Counts COUNTS = new SearchIndexMaintenance.Counts(10, 10, 40, 40, 0);

    private final AtomicLong nanos = new AtomicLong(5 * SECOND);

    private ReindexRun run(Set<ReindexTarget> targets, boolean regroup) {
        return new ReindexRun(7, new ReindexRequest(targets, regroup, false, "ana"), Clock.fixed(NINE, ZoneOffset.UTC), nanos::get);
    }

    @Test
    void a_new_run_is_running_on_its_first_type_with_nothing_done() {
        ReindexStatus status = run(EnumSet.allOf(ReindexTarget.class), false).status();

        assertThat(status.id()).isEqualTo(7);
        assertThat(status.state()).isEqualTo("running");
        assertThat(status.running()).isTrue();
        assertThat(status.phase()).isEqualTo("articles");
        assertThat(status.types()).containsExactly("articles", "statements");
        assertThat(status.startedBy()).isEqualTo("ana");
        assertThat(status.startedAt()).isEqualTo(NINE);
        assertThat(status.endedAt()).isNull();
        assertThat(status.stories()).isNull();
        assertThat(status.documentsPerSecond()).isZero();
        assertThat(status.etaSeconds()).isNull();
    }

    @Test
    void progress_per_type_adds_up_with_rate_and_time_to_go_of_the_current_type() {
        ReindexRun run = run(EnumSet.allOf(ReindexTarget.class), false);
        run.targetBegins(ReindexTarget.ARTICLES);
        TargetProgress articles = run.progressOf(ReindexTarget.ARTICLES);
        articles.addToTotal(1_000);
        nanos.addAndGet(2 * SECOND);
        articles.batchRewritten(400);

        ReindexStatus status = run.status();
        assertThat(status.targets()).hasSize(2);
        assertThat(status.targets().get(0)).isEqualTo(new ReindexStatus.TargetStatus("articles", 1_000, 400, 400, 0, false));
        assertThat(status.documentsIndexed()).isEqualTo(400);
        assertThat(status.documentsTotal()).isEqualTo(1_000);
        assertThat(status.percent()).isEqualTo(40.0);
        assertThat(status.documentsPerSecond()).isEqualTo(200.0);
        assertThat(status.etaSeconds()).as("600 to go at 200/s").isEqualTo(3);

        articles.batchRewritten(600);
        articles.completed();
        run.targetBegins(ReindexTarget.STATEMENTS);
        TargetProgress statements = run.progressOf(ReindexTarget.STATEMENTS);
        statements.addToTotal(4_000);
        nanos.addAndGet(SECOND);
        statements.batchRewritten(1_000);

        status = run.status();
        assertThat(status.phase()).isEqualTo("statements");
        assertThat(status.targets().get(0).completed()).isTrue();
        assertThat(status.documentsIndexed()).isEqualTo(2_000);
        assertThat(status.documentsTotal()).isEqualTo(5_000);
        assertThat(status.percent()).isEqualTo(40.0);
        assertThat(status.documentsPerSecond()).as("2000 documents in 3 s").isCloseTo(666.67, org.assertj.core.data.Offset.offset(0.01));
        assertThat(status.etaSeconds()).as("3000 statements to go at 1000/s").isEqualTo(3);
    }

    @Test
    void records_archived_during_the_run_never_make_more_done_than_total() {
        ReindexRun run = run(Set.of(ReindexTarget.STATEMENTS), false);
        TargetProgress statements = run.progressOf(ReindexTarget.STATEMENTS);
        statements.addToTotal(10);
        statements.batchRewritten(12);

        assertThat(run.status().documentsTotal()).isEqualTo(12);
        assertThat(run.status().percent()).isEqualTo(100.0);
    }

    @Test
    void story_grouping_comes_first_and_reports_its_own_progress() {
        ReindexRun run = run(Set.of(), true);
        assertThat(run.status().phase()).isEqualTo("stories");
        assertThat(run.status().types()).isEmpty();

        run.storiesBegin();
        run.stories().addToTotal(1_000);
        nanos.addAndGet(4 * SECOND);
        run.stories().batchDone(200, 30, 45);

        ReindexStatus status = run.status();
        assertThat(status.stories()).isEqualTo(new ReindexStatus.StoryStatus(1_000, 200, 30, 45, false));
        assertThat(status.percent()).isEqualTo(20.0);
        assertThat(status.etaSeconds()).as("800 at 50/s").isEqualTo(16);
    }

    @Test
    void a_run_is_0_percent_until_it_counts_something_and_100_percent_only_once_it_succeeded() {
        ReindexRun started = run(Set.of(ReindexTarget.ARTICLES), false);
        assertThat(started.status().percent()).as("running, nothing counted yet").isZero();
        started.cancelled(COUNTS, HEAP);
        assertThat(started.status().percent()).as("cancelled before counting").isZero();

        ReindexRun empty = run(Set.of(ReindexTarget.ARTICLES), false);
        empty.succeeded(COUNTS, HEAP);
        assertThat(empty.status().percent()).as("an empty archive, done").isEqualTo(100.0);
    }

    @Test
    void a_run_ends_once_with_its_figures_and_freezes_its_clock() {
        ReindexRun run = run(Set.of(ReindexTarget.ARTICLES), false);
        run.targetBegins(ReindexTarget.ARTICLES);
        run.progressOf(ReindexTarget.ARTICLES).batchRewritten(100);
        nanos.addAndGet(SECOND);

        run.succeeded(COUNTS, HEAP);
        nanos.addAndGet(100 * SECOND);

        ReindexStatus status = run.status();
        assertThat(status.state()).isEqualTo("succeeded");
        assertThat(status.phase()).isEqualTo("done");
        assertThat(status.endedAt()).isEqualTo(NINE);
        assertThat(status.counts()).isEqualTo(COUNTS);
        assertThat(status.heap()).isEqualTo(HEAP);
        assertThat(status.documentsPerSecond()).as("measured up to the end, not up to now").isEqualTo(100.0);
        assertThat(status.etaSeconds()).isNull();
        assertThatThrownBy(() -> run.failed("late", HEAP)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ended already (succeeded)");
        assertThatThrownBy(() -> run.cancelled(COUNTS, HEAP)).isInstanceOf(IllegalStateException.class);
        assertThat(run.requestCancel()).as("nothing to cancel").isFalse();
        assertThat(run.status().cancelRequested()).isFalse();
    }

    @Test
    void cancelling_is_asked_for_while_running_and_ends_the_run_cancelled() {
        ReindexRun run = run(Set.of(ReindexTarget.ARTICLES), false);

        assertThat(run.requestCancel()).isTrue();
        assertThat(run.cancelRequested()).isTrue();
        assertThat(run.status().state()).as("still running until the runner stops").isEqualTo("running");
        assertThat(run.status().cancelRequested()).isTrue();

        run.cancelled(COUNTS, HEAP);
        assertThat(run.state()).isEqualTo(ReindexState.CANCELLED);
        assertThat(run.isRunning()).isFalse();
    }

    @Test
    void a_failed_run_says_why() {
        ReindexRun run = run(Set.of(ReindexTarget.ARTICLES), false);

        run.failed("SQLException: connection lost", HEAP);

        assertThat(run.status().state()).isEqualTo("failed");
        assertThat(run.status().failure()).isEqualTo("SQLException: connection lost");
        assertThat(run.status().counts()).isNull();
    }

    @Test
    void a_request_needs_something_to_do_and_orders_its_types() {
        assertThatThrownBy(() -> new ReindexRequest(Set.of(), false, false, "ana")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ReindexRequest(EnumSet.of(ReindexTarget.STATEMENTS, ReindexTarget.ARTICLES), false, false, "ana")
                .orderedTargets()).containsExactly(ReindexTarget.ARTICLES, ReindexTarget.STATEMENTS);
        assertThat(ReindexRequest.repairAtStartup().repair()).isTrue();
        assertThat(ReindexStatus.idle().state()).isEqualTo("idle");
    }
}
