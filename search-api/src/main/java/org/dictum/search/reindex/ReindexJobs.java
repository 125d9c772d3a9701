package org.dictum.search.reindex;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server's reindex runs: one at a time, on the managed executor; the current or last one can
 * be asked how far it is and cancelled. Runs live in memory: a restart forgets them (a run cut
 * short by a restart leaves every document valid, old or new, and the start-up check repairs an
 * index that disagrees with the database).
 */
@ApplicationScoped
public class ReindexJobs {

    @Resource
    ManagedExecutorService executor;

    @Inject
    ReindexRunner runner;

    private final AtomicLong ids = new AtomicLong();
    private ReindexRun current;

    /** Starts a run; {@link ReindexRunningException} while another one runs. */
    public synchronized ReindexStatus start(ReindexRequest request) {
        if (current != null && current.isRunning()) {
            throw new ReindexRunningException(current.id());
        }
        ReindexRun run = new ReindexRun(ids.incrementAndGet(), request, Clock.systemUTC(), System::nanoTime);
        try {
            executor.execute(() -> runner.run(run));
        } catch (RejectedExecutionException e) {
            run.failed("The server's executor refused the run: " + e.getMessage(), HeapFigures.now());
            throw e;
        }
        current = run;
        return run.status();
    }

    /** The current run, or the last one, or idle. */
    public synchronized ReindexStatus status() {
        return current == null ? ReindexStatus.idle() : current.status();
    }

    /** Asks the current run to stop after its batch; the status says whether one was running. */
    public synchronized ReindexStatus cancel() {
        if (current != null) {
            current.requestCancel();
        }
        return status();
    }

    /** Whether a run started because the index disagreed with the database is going on. */
    public synchronized boolean repairing() {
        return current != null && current.isRunning() && current.request().repair();
    }
}
