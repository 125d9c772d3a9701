package org.dictum.search.collection;

import java.time.Instant;
import org.dictum.domain.collection.Collection;
import org.dictum.domain.collection.CollectionRepository.MemberCounts;

/**
 * A collection as the API and the portal show it. {@code id} is the database id, by which the
 * portal's history page names it; the API names collections by {@code slug}.
 *
 * @param articles           member articles
 * @param statements         statements that are members themselves
 * @param belongingStatements statements that belong: members themselves or through their article
 */
public record CollectionSummary(long id, String slug, String title, String description, String visibility, String owner,
                                Instant createdAt, Instant updatedAt, long version, long articles, long statements,
                                long belongingStatements) {

    static CollectionSummary of(Collection collection, MemberCounts counts) {
        return new CollectionSummary(collection.getId(), collection.getSlug().value(), collection.getTitle(),
                collection.getDescription().orElse(null), collection.getVisibility().label(), collection.getOwner(),
                collection.getCreatedAt(), collection.getUpdatedAt(), collection.getVersion(), counts.articles(),
                counts.statements(), counts.belongingStatements());
    }
}
