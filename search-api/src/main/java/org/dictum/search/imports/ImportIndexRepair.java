package org.dictum.search.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.dictum.search.reindex.InPlaceIndexing;
import org.dictum.search.reindex.ReindexTarget;

/**
 * Indexes again what an import's last chunks may have left out of the search index when the server
 * died (or the index failed) between a chunk's database commit and its index write: the articles
 * archived since the import's pending instant, and their statements (see {@link ImportIndexWrites}).
 * Runs at start-up before the index is compared with the database, and before each run of an import.
 */
@ApplicationScoped
public class ImportIndexRepair {

    private static final Logger LOG = Logger.getLogger(ImportIndexRepair.class.getName());

    /** Reaches further back than the pending instant, in case the clock stepped back while a chunk ran. */
    static final Duration CLOCK_MARGIN = Duration.ofMinutes(1);
    private static final int SWEEP_PAGE = 1_000;

    @Inject
    ImportLedger ledger;

    @Inject
    ImportIndexWrites writes;

    @Inject
    InPlaceIndexing indexing;

    /** Repairs the index for every import that may have left articles out of it. */
    public void repairAll() {
        ledger.withIndexPending().forEach(this::repair);
    }

    /** Repairs the index for this import when it may have left articles out of it. */
    public void repair(long importId) {
        Optional<Instant> pending = ledger.indexPendingSince(importId);
        if (pending.isEmpty()) {
            return;
        }
        Instant since = pending.get().minus(CLOCK_MARGIN);
        // Documents without a row first: the index may hold some of a chunk whose commit the database
        // lost (H2 writes its last commits to disk a moment later), and the resumed import may give
        // their ids to other articles. They are among the documents created after the pending instant,
        // whose ids (one node allocates them in ascending order) follow those of the rows before it.
        long[] lastBefore = writes.lastIdsBefore(since);
        int stale = removeStale(ReindexTarget.ARTICLES, lastBefore[0]) + removeStale(ReindexTarget.STATEMENTS, lastBefore[1]);
        int articles = writes.rewriteSince(since);
        ledger.indexInStep(importId);
        LOG.info(() -> "Import " + importId + ": indexed again the " + articles + " article(s) archived since " + since
                + " with their statements, which its last index write may have missed; removed " + stale
                + " document(s) of records the database does not hold");
    }

    private int removeStale(ReindexTarget target, long afterId) {
        int removed = 0;
        long after = afterId;
        while (true) {
            InPlaceIndexing.Sweep sweep = indexing.sweepStale(target, after, SWEEP_PAGE);
            if (sweep.looked() == 0) {
                return removed;
            }
            removed += sweep.removed();
            after = sweep.lastId();
        }
    }
}
