package org.dictum.search.saved;

import java.time.Instant;
import java.util.List;
import org.dictum.search.query.PageLink;
import org.dictum.search.query.Paged;

/**
 * One page of a frozen search's recorded results, in recorded order.
 *
 * @param frozenTotal how many records matched when frozen
 * @param recorded    how many were recorded (the length of the whole list)
 */
public record FrozenResults(String publicId, String name, String target, String query, Instant frozenAt,
                            long frozenTotal, int recorded, int page, int size, List<FrozenResult> results) implements Paged {

    public FrozenResults {
        results = List.copyOf(results);
    }

    @Override
    public List<PageLink> links() {
        return PageLink.byNumber(page, size, recorded);
    }
}
