package org.dictum.search.collection;

import java.util.List;

/** A collection with (the first of) its direct members, as its portal page shows them. */
public record CollectionContents(CollectionSummary collection, List<MemberArticle> articles, List<MemberStatement> statements) {

    public CollectionContents {
        articles = List.copyOf(articles);
        statements = List.copyOf(statements);
    }

    public record MemberArticle(long id, String title) {
    }

    public record MemberStatement(long id, long articleId, String content) {
    }
}
