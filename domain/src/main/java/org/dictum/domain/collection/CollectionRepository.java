package org.dictum.domain.collection;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dictum.domain.article.Article;
import org.dictum.domain.statement.Statement;

/** The store of collections. */
public interface CollectionRepository {

    Optional<Collection> findBySlug(CollectionSlug slug);

    Optional<Collection> findById(long id);

    /** Every collection, by title. */
    List<Collection> findAll();

    /** The slugs of the private collections, for leaving them out of what anonymous visitors see. */
    List<String> privateSlugs();

    /** The slugs of the private collections someone other than {@code user} owns: what {@code user} may not see. */
    List<String> privateSlugsNotOwnedBy(String user);

    /**
     * How many members each of these collections has, by collection id, without loading them: a
     * fixed number of queries however many collections are listed. Every collection given is answered.
     */
    Map<Long, MemberCounts> countMembers(java.util.Collection<Collection> collections);

    /** The ids of the collection's member articles, ascending, without loading them. */
    List<Long> memberArticleIds(Collection collection);

    /** The ids of the collection's member articles, ascending, {@code offset} skipped and at most {@code limit}. */
    List<Long> memberArticleIds(Collection collection, int offset, int limit);

    /** The ids of the collection's member statements, ascending, {@code offset} skipped and at most {@code limit}. */
    List<Long> memberStatementIds(Collection collection, int offset, int limit);

    /** The articles with these ids that exist, by id. */
    List<Article> articlesWithIds(java.util.Collection<Long> ids);

    /** The statements with these ids that exist, by id. */
    List<Statement> statementsWithIds(java.util.Collection<Long> ids);

    Collection save(Collection collection);

    /** Deletes the collection and reserves its slug for good; answers what remains of it. */
    DeletedCollection remove(Collection collection, Instant at);

    /** What remains of the deleted collection that had this slug, if one had it. */
    Optional<DeletedCollection> findDeleted(CollectionSlug slug);

    /**
     * How many members a collection has.
     *
     * @param articles            member articles
     * @param statements          statements that are members themselves
     * @param belongingStatements statements that belong: members themselves or through their article, each once
     */
    record MemberCounts(long articles, long statements, long belongingStatements) {

        public static final MemberCounts NONE = new MemberCounts(0, 0, 0);
    }
}
