package org.dictum.search.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.backend.work.execution.OperationSubmitter;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.junit.jupiter.api.Test;

/**
 * A chunk's index write goes on after its commit; the next chunk of the same import waits for it
 * before committing, and learns whether it is durable. A failed write fails the next chunk and keeps
 * the import's articles pending for the repair.
 */
class ImportIndexWritesTest {

    private final ImportIndexWrites writes = new ImportIndexWrites();

    ImportIndexWritesTest() {
        writes.coordination = "none";
    }

    @Test
    void a_chunk_commits_its_documents_to_disk_without_waiting_and_the_next_chunk_waits_for_them() {
        Chunk chunk = Chunk.of(writes.behind(7));

        assertThat(chunk.commit).isEqualTo(DocumentCommitStrategy.FORCE);
        assertThat(chunk.refresh).isEqualTo(DocumentRefreshStrategy.NONE);
        CompletableFuture<SearchIndexingPlanExecutionReport> write = new CompletableFuture<>();
        chunk.committed(write);
        assertThat(writes.awaitLast(8)).as("another import waits for nothing").isFalse();

        CompletableFuture<Boolean> nextChunk = CompletableFuture.supplyAsync(() -> writes.awaitLast(7));
        assertThat(nextChunk).isNotDone();
        write.complete(report(null));

        assertThat(nextChunk.join()).as("the previous chunk's documents are durable").isTrue();
        assertThat(writes.awaitLast(7)).as("each write is awaited once").isFalse();
        assertThat(writes.settle(7)).isTrue();
    }

    @Test
    void the_first_chunk_of_a_run_knows_of_no_earlier_write() {
        assertThat(writes.awaitLast(7)).isFalse();
        assertThat(writes.settle(7)).as("nothing pending at the end of an empty run").isTrue();
    }

    @Test
    void a_failed_write_fails_the_next_chunk_and_leaves_the_run_out_of_step() {
        Chunk.of(writes.behind(7)).committed(CompletableFuture.completedFuture(report(new IllegalStateException("disk full"))));

        assertThatThrownBy(() -> writes.awaitLast(7)).hasMessageContaining("disk full");
        assertThat(writes.settle(7)).as("the run must not clear its pending articles").isFalse();
    }

    @Test
    void a_write_that_ends_exceptionally_counts_as_failed() {
        Chunk.of(writes.behind(7)).committed(CompletableFuture.failedFuture(new IllegalStateException("closed")));

        assertThat(writes.settle(7)).isFalse();
    }

    @Test
    void with_several_nodes_the_chunk_waits_as_before() {
        writes.coordination = ImportIndexWrites.OUTBOX_POLLING;

        // behind() then answers Hibernate Search's write-sync, which needs the server's logging to load.
        assertThat(writes.writesBehind()).isFalse();
    }

    private static SearchIndexingPlanExecutionReport report(Throwable failure) {
        return new SearchIndexingPlanExecutionReport() {
            @Override
            public Optional<Throwable> throwable() {
                return Optional.ofNullable(failure);
            }

            @Override
            public List<? extends EntityReference> failingEntities() {
                return List.of();
            }
        };
    }

    /** What Hibernate Search does with a chunk's strategy: configures the write, and hands over its future at commit. */
    private static final class Chunk implements IndexingPlanSynchronizationStrategyConfigurationContext {

        DocumentCommitStrategy commit;
        DocumentRefreshStrategy refresh;
        Consumer<? super CompletableFuture<? extends SearchIndexingPlanExecutionReport>> handler;

        static Chunk of(IndexingPlanSynchronizationStrategy strategy) {
            Chunk chunk = new Chunk();
            strategy.apply(chunk);
            return chunk;
        }

        void committed(CompletableFuture<SearchIndexingPlanExecutionReport> write) {
            handler.accept(write);
        }

        @Override
        public void documentCommitStrategy(DocumentCommitStrategy strategy) {
            commit = strategy;
        }

        @Override
        public void documentRefreshStrategy(DocumentRefreshStrategy strategy) {
            refresh = strategy;
        }

        @Override
        public void indexingFutureHandler(Consumer<? super CompletableFuture<? extends SearchIndexingPlanExecutionReport>> handler) {
            this.handler = handler;
        }

        @Override
        public FailureHandler failureHandler() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void operationSubmitter(OperationSubmitter submitter) {
            throw new UnsupportedOperationException();
        }
    }
}
