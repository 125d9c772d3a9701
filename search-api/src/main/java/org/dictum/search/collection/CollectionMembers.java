package org.dictum.search.collection;

import java.util.List;

/**
 * One page of the ids of a collection's direct members, paged as the other lists of the API are: {@code total}
 * members in all, the member articles (ascending) before the member statements (ascending), {@code offset} of them
 * skipped and at most {@code limit} answered.
 */
public record CollectionMembers(String slug, long total, int offset, int limit, List<Long> articles, List<Long> statements) {

    public CollectionMembers {
        articles = List.copyOf(articles);
        statements = List.copyOf(statements);
    }
}
