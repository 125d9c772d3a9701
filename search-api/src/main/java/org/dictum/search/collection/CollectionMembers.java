package org.dictum.search.collection;

import java.util.List;

/** The ids of a collection's direct members, ascending. */
public record CollectionMembers(String slug, List<Long> articles, List<Long> statements) {

    public CollectionMembers {
        articles = List.copyOf(articles);
        statements = List.copyOf(statements);
    }
}
