package org.dictum.search.collection;

import java.util.List;

/**
 * A public collection with the ids of every article it holds, for harvesting (OAI-PMH sets): the
 * member articles and the articles of member statements, ascending.
 */
public record PublicCollection(String slug, String title, String description, List<Long> articleIds) {

    public PublicCollection {
        articleIds = List.copyOf(articleIds);
    }
}
