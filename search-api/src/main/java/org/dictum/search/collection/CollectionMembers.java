package org.dictum.search.collection;

import java.util.List;
import org.dictum.search.query.PageLink;
import org.dictum.search.query.Paged;

/**
 * One page of the ids of a collection's direct members, paged as the other lists of the API are: {@code total}
 * members in all, the member articles (ascending) before the member statements (ascending), {@code offset} of them
 * skipped and at most {@code limit} answered.
 */
public record CollectionMembers(String slug, long total, int offset, int limit, List<Long> articles, List<Long> statements)
        implements Paged {

    public CollectionMembers {
        articles = List.copyOf(articles);
        statements = List.copyOf(statements);
    }

    @Override
    public List<PageLink> links() {
        return PageLink.byOffset(offset, limit, total);
    }
}
