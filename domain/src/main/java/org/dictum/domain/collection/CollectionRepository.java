package org.dictum.domain.collection;

import java.util.List;
import java.util.Optional;
import org.dictum.domain.article.Article;
import org.dictum.domain.statement.Statement;

/** The store of collections. */
public interface CollectionRepository {

    Optional<Collection> findBySlug(CollectionSlug slug);

    Optional<Collection> findById(long id);

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

    /** How many statements belong to the collection: members themselves or through their article. */
    long countBelongingStatements(Collection collection);

    /** The ids of every article the collection holds: members and the articles of member statements, ascending. */
    List<Long> heldArticleIds(Collection collection);

    /** The articles with these ids that exist, by id. */
    List<Article> articlesWithIds(java.util.Collection<Long> ids);

    /** The statements with these ids that exist, by id. */
    List<Statement> statementsWithIds(java.util.Collection<Long> ids);

    Collection save(Collection collection);

    void remove(Collection collection);

    /** How many articles and statements are members themselves. */
    record MemberCounts(long articles, long statements) {
    }
}
