package org.dictum.search.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

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

    @Inject
    ImportLedger ledger;

    @Inject
    ImportIndexWrites writes;

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
        int articles = writes.rewriteSince(since);
        ledger.indexInStep(importId);
        LOG.info(() -> "Import " + importId + ": indexed again the " + articles + " article(s) archived since " + since
                + " with their statements, which its last index write may have missed");
    }
}
