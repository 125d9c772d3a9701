package org.dictum.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.dictum.domain.ConflictException;
import org.junit.jupiter.api.Test;

class ImportJobTest {

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

    private static ImportJob job() {
        return new ImportJob("librarian", "upload a.jsonl", ImportFormat.JSONL, null, "/tmp/a.jsonl", T0);
    }

    @Test
    void progress_counts_the_current_run_and_estimates_the_rest() {
        ImportJob job = job();
        job.running(T0, 1000L, 7);
        job.advance(100, 90, 6, 4);
        job.advance(200, 100, 0, 0);

        ImportProgress progress = job.progressAt(T0.plusSeconds(10));

        assertThat(progress.read()).isEqualTo(200);
        assertThat(progress.stored()).isEqualTo(190);
        assertThat(progress.skipped()).isEqualTo(6);
        assertThat(progress.failed()).isEqualTo(4);
        assertThat(progress.docsPerSecond()).isEqualTo(20.0);
        assertThat(progress.etaSeconds()).isEqualTo(40);
        assertThat(progress.fraction()).isEqualTo(0.2);
    }

    @Test
    void the_time_left_is_unknown_once_more_records_were_read_than_counted() {
        ImportJob job = job();
        job.running(T0, 100L, 7);
        job.advance(150, 150, 0, 0);

        ImportProgress progress = job.progressAt(T0.plusSeconds(10));

        assertThat(progress.etaSeconds()).as("files were added to the directory after it was counted").isNull();
        assertThat(progress.fraction()).isEqualTo(1.0);
        assertThat(progress.docsPerSecond()).isEqualTo(15.0);
    }

    @Test
    void a_resumed_run_rates_only_what_it_read_itself() {
        ImportJob job = job();
        job.running(T0, 1000L, 7);
        job.advance(500, 500, 0, 0);
        job.interrupted();
        assertThat(job.getStatus()).isEqualTo(ImportStatus.INTERRUPTED);

        job.queuedAgain();
        job.running(T0.plusSeconds(3600), null, 8);
        job.advance(600, 100, 0, 0);

        ImportProgress progress = job.progressAt(T0.plusSeconds(3610));
        assertThat(progress.docsPerSecond()).isEqualTo(10.0);
        assertThat(progress.total()).as("the count of the first run is kept").isEqualTo(1000);
        assertThat(job.getBatchExecutionId()).contains(8L);
    }

    @Test
    void the_position_only_moves_forward_and_every_record_is_counted_once() {
        ImportJob job = job();
        job.running(T0, 10L, 1);
        job.advance(5, 5, 0, 0);

        assertThatThrownBy(() -> job.advance(4, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> job.advance(8, 1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_ended_imports_restart_and_only_running_ones_stop() {
        ImportJob job = job();
        assertThatThrownBy(job::queuedAgain).isInstanceOf(ConflictException.class);
        job.running(T0, 1L, 1);
        job.requireActive();
        job.ended(ImportStatus.COMPLETED, T0.plusSeconds(1), null);

        assertThatThrownBy(job::queuedAgain).isInstanceOf(ConflictException.class);
        assertThatThrownBy(job::requireActive).isInstanceOf(ConflictException.class);
        assertThat(job.progressAt(T0.plusSeconds(5)).etaSeconds()).isZero();
    }

    @Test
    void only_the_chunks_whose_index_write_is_not_known_durable_stay_pending() {
        ImportJob job = job();
        assertThat(job.getIndexPendingSince()).isEmpty();

        job.chunkIndexedLater(T0, false);
        assertThat(job.getIndexPendingSince()).as("the run's first chunk").contains(T0);
        job.chunkIndexedLater(T0.plusSeconds(5), true);
        assertThat(job.getIndexPendingSince()).as("the first chunk's write is durable").contains(T0.plusSeconds(5));
        job.chunkIndexedLater(T0.plusSeconds(9), false);
        assertThat(job.getIndexPendingSince()).as("the previous write is not known durable: it stays pending")
                .contains(T0.plusSeconds(5));

        job.indexInStep();
        assertThat(job.getIndexPendingSince()).isEmpty();
    }
}
