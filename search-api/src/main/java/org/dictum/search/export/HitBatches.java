package org.dictum.search.export;

import java.util.List;
import java.util.function.Predicate;

/**
 * The hits of a search, handed over in bounded batches: a source pages through the index and forgets
 * each batch once the consumer has it. The consumer answers false to stop early.
 */
@FunctionalInterface
interface HitBatches<R> {

    void forEachBatch(Predicate<List<R>> consumer);
}
