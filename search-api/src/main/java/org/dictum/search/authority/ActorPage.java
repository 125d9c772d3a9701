package org.dictum.search.authority;

import java.util.List;
import org.dictum.search.query.PageLink;
import org.dictum.search.query.Paged;

/** One page of an actor listing, proposed actors first. */
public record ActorPage(long total, int offset, int limit, List<ActorEntry> actors) implements Paged {

    @Override
    public List<PageLink> links() {
        return PageLink.byOffset(offset, limit, total);
    }
}
