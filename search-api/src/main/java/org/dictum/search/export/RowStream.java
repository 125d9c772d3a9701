package org.dictum.search.export;

import java.util.List;

/** Copies rows from batches to a writer as they come, never more than a maximum, holding no more than one batch. */
final class RowStream {

    private RowStream() {
    }

    /** Writes every row of every batch, at most {@code maxRows}, then finishes the writer; answers how many it wrote. */
    static <R> long copy(HitBatches<R> batches, RowWriter<R> writer, long maxRows) {
        long[] written = {0};
        batches.forEachBatch((List<R> batch) -> {
            for (R row : batch) {
                if (written[0] >= maxRows) {
                    return false;
                }
                writer.write(row);
                written[0]++;
            }
            return written[0] < maxRows;
        });
        writer.finish();
        return written[0];
    }
}
