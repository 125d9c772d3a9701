package org.dictum.search.imports;

import java.util.List;
import org.dictum.search.query.PageLink;
import org.dictum.search.query.Paged;

/** A page of an import's failed records, in source order. */
public record FailurePage(long importId, long total, int offset, int limit, List<FailedRecord> failures) implements Paged {

    @Override
    public List<PageLink> links() {
        return PageLink.byOffset(offset, limit, total);
    }
}
