package org.dictum.search.saved;

import java.time.Instant;
import java.util.List;

/**
 * One page of a frozen search's recorded results, in recorded order.
 *
 * @param frozenTotal how many records matched when frozen
 * @param recorded    how many were recorded (the length of the whole list)
 */
public record FrozenResults(String publicId, String name, String target, String query, Instant frozenAt,
                            long frozenTotal, int recorded, int page, int size, List<FrozenResult> results) {

    public FrozenResults {
        results = List.copyOf(results);
    }
}
