package org.dictum.search.reindex;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dictum.domain.story.StoryBackfill;
import org.dictum.search.application.SearchIndexMaintenance;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Carries out a run on the thread it is given: the story grouping when asked, then each type's
 * documents batch by batch, then the removal of documents whose record is gone. A cancellation is
 * honoured between batches. Never throws: the run ends failed instead.
 */
@ApplicationScoped
public class ReindexRunner {

    private static final Logger LOG = Logger.getLogger(ReindexRunner.class.getName());

    /** How often the server log gets a progress line during a run. */
    private static final long LOG_EVERY_NANOS = 30_000_000_000L;

    @Inject
    InPlaceIndexing indexing;

    @Inject
    StoryRegrouping stories;

    @Inject
    SearchIndexMaintenance maintenance;

    @Inject
    @ConfigProperty(name = "dictum.reindex.batch-size", defaultValue = "200")
    int batchSize;

    @Inject
    @ConfigProperty(name = "dictum.reindex.stories-batch-size", defaultValue = "200")
    int storiesBatchSize;

    public void run(ReindexRun run) {
        long started = System.nanoTime();
        LOG.info(() -> "Reindex run " + run.id() + " started by " + run.request().startedBy() + ": "
                + run.status().types() + (run.request().regroupStories() ? " after grouping stories" : ""));
        try {
            boolean complete = !run.request().regroupStories() || groupStories(run);
            for (ReindexTarget target : run.request().orderedTargets()) {
                complete = complete && rewrite(run, target);
            }
            SearchIndexMaintenance.Counts counts = maintenance.counts();
            if (complete) {
                run.succeeded(counts, HeapFigures.now());
            } else {
                run.cancelled(counts, HeapFigures.now());
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.info(() -> "Reindex run " + run.id() + " " + run.state().apiName() + " in " + millis + " ms: " + counts);
            if (run.request().repair() && complete) {
                // The wording is what bench/run-search-benchmark.sh waits for.
                LOG.info(() -> "Search index rebuilt in " + millis + " ms");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Reindex run " + run.id() + " failed" + (run.request().repair()
                    ? "; Search index rebuild failed, it runs again at the next start" : ""), e);
            run.failed(rootMessage(e), HeapFigures.now());
        }
    }

    /** Groups every article without a fingerprint; false when cancelled first. */
    private boolean groupStories(ReindexRun run) {
        run.storiesBegin();
        StoryProgress progress = run.stories();
        progress.addToTotal(stories.countWithoutFingerprint());
        long after = 0;
        while (true) {
            if (run.cancelRequested()) {
                return false;
            }
            StoryBackfill.Batch batch = stories.groupNext(after, storiesBatchSize);
            if (batch.isEmpty()) {
                progress.complete();
                return true;
            }
            progress.batchDone(batch.grouped(), batch.inStories(), batch.changed());
            after = batch.lastId();
            logProgress(run);
        }
    }

    /** Rewrites every document of the type, then removes stale ones; false when cancelled first. */
    private boolean rewrite(ReindexRun run, ReindexTarget target) {
        run.targetBegins(target);
        TargetProgress progress = run.progressOf(target);
        progress.addToTotal(indexing.count(target));
        long after = 0;
        while (true) {
            if (run.cancelRequested()) {
                indexing.flushAndRefresh(target);
                return false;
            }
            InPlaceIndexing.Batch batch = indexing.rewrite(target, after, batchSize);
            if (batch.records() == 0) {
                break;
            }
            progress.batchRewritten(batch.records());
            after = batch.lastId();
            logProgress(run);
        }
        indexing.flushAndRefresh(target);
        removeStale(run, target, progress);
        progress.completed();
        return true;
    }

    /**
     * Every record now has its document, once: more documents than records means documents of
     * records deleted behind Hibernate's back (a restored database) or during the run. Only then is
     * the index walked, by id, and those documents removed.
     */
    private void removeStale(ReindexRun run, ReindexTarget target, TargetProgress progress) {
        if (indexing.indexed(target) <= indexing.count(target)) {
            return;
        }
        long after = 0;
        while (!run.cancelRequested()) {
            InPlaceIndexing.Sweep sweep = indexing.sweepStale(target, after, batchSize * 5);
            if (sweep.looked() == 0) {
                break;
            }
            progress.staleDocumentsRemoved(sweep.removed());
            after = sweep.lastId();
        }
        indexing.flushAndRefresh(target);
    }

    private long lastLogged = System.nanoTime();

    private void logProgress(ReindexRun run) {
        long now = System.nanoTime();
        if (now - lastLogged < LOG_EVERY_NANOS) {
            return;
        }
        lastLogged = now;
        ReindexStatus status = run.status();
        LOG.info(() -> String.format(java.util.Locale.ROOT, "Reindex run %d progress: %s %.1f%%, %d of %d documents, %.0f documents/s",
                status.id(), status.phase(), status.percent(), status.documentsIndexed(), status.documentsTotal(),
                status.documentsPerSecond()));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
