package org.dictum.search.collection;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.dictum.domain.article.Article;
import org.dictum.domain.collection.Collection;
import org.dictum.domain.collection.CollectionRepository;
import org.dictum.domain.collection.CollectionSlug;
import org.dictum.domain.collection.DeletedCollection;
import org.dictum.domain.collection.Visibility;
import org.dictum.domain.statement.Statement;

/**
 * The collections in memory, counting the calls the services make; collection {@code n} has 10n
 * articles, 10n+1 statements and 10n+2 belonging. Members are not kept: their ids are numbered.
 */
final class InMemoryCollections implements CollectionRepository {

    static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    private final List<Collection> all;
    private final List<DeletedCollection> deleted = new ArrayList<>();
    final List<List<String>> countCalls = new ArrayList<>();
    int slugQueries;

    InMemoryCollections(List<Collection> all) {
        this.all = new ArrayList<>(all);
    }

    /** A collection as the store holds it, with its id. */
    static Collection stored(long id, String slug, Visibility visibility, String owner) {
        Collection collection = new Collection(new CollectionSlug(slug), "Collection " + slug, null, visibility, owner, NOW);
        withId(collection, id);
        return collection;
    }

    private static void withId(Collection collection, long id) {
        try {
            Field field = Collection.class.getDeclaredField("id"); // the store assigns it
            field.setAccessible(true);
            field.set(collection, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<Collection> findAll() {
        return List.copyOf(all);
    }

    @Override
    public Map<Long, MemberCounts> countMembers(java.util.Collection<Collection> collections) {
        countCalls.add(collections.stream().map(c -> c.getSlug().value()).toList());
        return collections.stream().collect(Collectors.toMap(Collection::getId,
                c -> new MemberCounts(10 * c.getId(), 10 * c.getId() + 1, 10 * c.getId() + 2)));
    }

    @Override
    public List<String> privateSlugs() {
        slugQueries++;
        return all.stream().filter(c -> c.getVisibility() == Visibility.PRIVATE).map(c -> c.getSlug().value()).toList();
    }

    @Override
    public List<String> privateSlugsNotOwnedBy(String user) {
        slugQueries++;
        return all.stream().filter(c -> c.getVisibility() == Visibility.PRIVATE && !c.getOwner().equals(user))
                .map(c -> c.getSlug().value()).toList();
    }

    @Override
    public Optional<Collection> findBySlug(CollectionSlug slug) {
        return all.stream().filter(c -> c.getSlug().equals(slug)).findFirst();
    }

    @Override
    public Optional<Collection> findById(long id) {
        return all.stream().filter(c -> c.getId() == id).findFirst();
    }

    @Override
    public List<Long> memberArticleIds(Collection collection) {
        throw new UnsupportedOperationException();
    }

    /** Collection {@code n}'s member articles are numbered 1 to 10n. */
    @Override
    public List<Long> memberArticleIds(Collection collection, int offset, int limit) {
        return LongStream.rangeClosed(1, 10 * collection.getId()).skip(offset).limit(limit).boxed().toList();
    }

    /** Collection {@code n}'s member statements are numbered 1001 to 1000 + 10n + 1. */
    @Override
    public List<Long> memberStatementIds(Collection collection, int offset, int limit) {
        return LongStream.rangeClosed(1001, 1001 + 10 * collection.getId()).skip(offset).limit(limit).boxed().toList();
    }

    @Override
    public List<Article> articlesWithIds(java.util.Collection<Long> ids) {
        return List.of();   // no articles are stored here
    }

    @Override
    public List<Statement> statementsWithIds(java.util.Collection<Long> ids) {
        return List.of();
    }

    @Override
    public Collection save(Collection collection) {
        withId(collection, 100L + all.size() + deleted.size());
        all.add(collection);
        return collection;
    }

    @Override
    public DeletedCollection remove(Collection collection, Instant at) {
        DeletedCollection gone = DeletedCollection.of(collection, at);
        all.remove(collection);
        deleted.add(gone);
        return gone;
    }

    @Override
    public Optional<DeletedCollection> findDeleted(CollectionSlug slug) {
        return deleted.stream().filter(d -> d.getSlug().equals(slug)).findFirst();
    }

    /** The access check over these collections, seeing them as {@code reader} does. */
    CollectionAccess accessFor(Reader reader) {
        CollectionAccess access = new CollectionAccess() {
            @Override
            public Reader reader() {
                return reader;
            }
        };
        access.collections = this;
        return access;
    }
}
