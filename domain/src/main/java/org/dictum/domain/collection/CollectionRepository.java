package org.dictum.domain.collection;

import java.util.List;
import java.util.Optional;

/** The store of collections. */
public interface CollectionRepository {

    Optional<Collection> findBySlug(CollectionSlug slug);

    /** Every collection, by title. */
    List<Collection> findAll();

    /** The public collections, by slug. */
    List<Collection> findPublic();

    /** The slugs of the private collections, for leaving them out of what others see. */
    List<String> privateSlugs();

    /** The slugs of the private collections {@code owner} owns. */
    List<String> privateSlugsOwnedBy(String owner);

    /** How many articles and statements the collection holds directly, without loading them. */
    MemberCounts countMembers(Collection collection);

    /** The ids of the collection's member articles, ascending, without loading them. */
    List<Long> memberArticleIds(Collection collection);

    /** The ids of the collection's member statements, ascending, without loading them. */
    List<Long> memberStatementIds(Collection collection);

    Collection save(Collection collection);

    void remove(Collection collection);

    /** How many articles and statements are members themselves. */
    record MemberCounts(long articles, long statements) {
    }
}
