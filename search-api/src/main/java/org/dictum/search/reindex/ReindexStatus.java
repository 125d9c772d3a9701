package org.dictum.search.reindex;

import java.time.Instant;
import java.util.List;
import org.dictum.search.application.SearchIndexMaintenance;

/**
 * A snapshot of the current or last reindex run, as the API answers it.
 *
 * @param id                 the run's number since the server started (0 when none ran)
 * @param state              idle (no run since the server started), running, succeeded, failed, cancelled
 * @param phase              what the run does now: stories, articles, statements, done
 * @param types              the record types it rewrites
 * @param targets            per type: records to index, loaded, indexed, stale documents removed
 * @param stories            the story grouping of articles without a fingerprint, when asked for
 * @param documentsTotal     documents to rewrite, all types together
 * @param documentsIndexed   documents rewritten so far
 * @param percent            of the documents (of the stories while grouping)
 * @param documentsPerSecond documents rewritten per second since the indexing began
 * @param etaSeconds         time to go in the current phase at the rate so far; absent while unknown
 * @param cancelRequested    a cancellation was asked for; the run stops after its current batch
 * @param failure            why it failed
 * @param counts             articles and statements in the database and the index when it ended
 * @param heap               the server's heap when it ended
 */
public record ReindexStatus(
        long id,
        String state,
        String startedBy,
        Instant startedAt,
        Instant endedAt,
        String phase,
        List<String> types,
        boolean regroupStories,
        List<TargetStatus> targets,
        StoryStatus stories,
        long documentsTotal,
        long documentsIndexed,
        double percent,
        double documentsPerSecond,
        Long etaSeconds,
        boolean cancelRequested,
        String failure,
        SearchIndexMaintenance.Counts counts,
        HeapFigures heap) {

    /** No run since the server started. */
    static ReindexStatus idle() {
        return new ReindexStatus(0, ReindexState.IDLE.apiName(), null, null, null, null, List.of(), false, List.of(),
                null, 0, 0, 0, 0, null, false, null, null, null);
    }

    public boolean running() {
        return ReindexState.RUNNING.apiName().equals(state);
    }

    /** One record type's progress. */
    public record TargetStatus(String type, long total, long loaded, long indexed, long staleRemoved, boolean completed) {
    }

    /**
     * The story grouping's progress: articles without a fingerprint, how many are grouped, how many
     * of those turned out to be copies in a story of several, and how many articles changed story.
     */
    public record StoryStatus(long total, long grouped, long inStories, long changed, boolean completed) {
    }
}
