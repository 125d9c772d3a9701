package org.dictum.search.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dictum.search.reindex.InPlaceIndexing;
import org.dictum.search.reindex.ReindexTarget;
import org.junit.jupiter.api.Test;

/**
 * After a crash, an import's pending articles are indexed again, documents the database lost are
 * removed first (only beyond the rows archived before the pending instant), and the import is then
 * in step; an import with nothing pending is left alone.
 */
class ImportIndexRepairTest {

    private static final Instant PENDING = Instant.parse("2024-05-01T10:00:00Z");
    private static final Instant SINCE = PENDING.minus(ImportIndexRepair.CLOCK_MARGIN);

    private final List<String> steps = new ArrayList<>();
    private final Map<Long, Instant> pending = new HashMap<>(Map.of(3L, PENDING));
    private final ImportIndexRepair repair = new ImportIndexRepair();

    ImportIndexRepairTest() {
        repair.ledger = new ImportLedger() {
            @Override
            List<Long> withIndexPending() {
                return List.copyOf(pending.keySet());
            }

            @Override
            Optional<Instant> indexPendingSince(long id) {
                return Optional.ofNullable(pending.get(id));
            }

            @Override
            void indexInStep(long id) {
                steps.add("in step " + id);
                pending.remove(id);
            }
        };
        repair.writes = new ImportIndexWrites() {
            @Override
            public long[] lastIdsBefore(Instant since) {
                assertThat(since).isEqualTo(SINCE);
                return new long[] {100, 500};
            }

            @Override
            public int rewriteSince(Instant since) {
                steps.add("rewrite since " + since);
                return 2;
            }
        };
        repair.indexing = new InPlaceIndexing() {
            @Override
            public Sweep sweepStale(ReindexTarget target, long afterId, int size) {
                steps.add("sweep " + target.apiName() + " after " + afterId);
                // One page of documents beyond the last row before the pending instant, two of them stale.
                return afterId == 100 || afterId == 500 ? new Sweep(afterId + 7, 7, 2) : new Sweep(afterId, 0, 0);
            }
        };
    }

    @Test
    void stale_documents_go_first_then_the_pending_articles_are_indexed_again_then_the_import_is_in_step() {
        repair.repairAll();

        assertThat(steps).containsExactly(
                "sweep articles after 100", "sweep articles after 107",
                "sweep statements after 500", "sweep statements after 507",
                "rewrite since " + SINCE,
                "in step 3");
        assertThat(pending).isEmpty();
    }

    @Test
    void an_import_with_nothing_pending_is_left_alone() {
        repair.repair(4);

        assertThat(steps).isEmpty();
        assertThat(pending).containsKey(3L);
    }
}
