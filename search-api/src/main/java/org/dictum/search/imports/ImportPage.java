package org.dictum.search.imports;

import java.util.List;
import org.dictum.search.query.PageLink;
import org.dictum.search.query.Paged;

/** A page of imports, newest first. */
public record ImportPage(long total, int offset, int limit, List<ImportSummary> imports) implements Paged {

    @Override
    public List<PageLink> links() {
        return PageLink.byOffset(offset, limit, total);
    }
}
