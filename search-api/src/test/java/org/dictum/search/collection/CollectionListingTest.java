package org.dictum.search.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dictum.domain.article.Article;
import org.dictum.domain.collection.Collection;
import org.dictum.domain.collection.CollectionRepository;
import org.dictum.domain.collection.CollectionSlug;
import org.dictum.domain.collection.Visibility;
import org.dictum.domain.statement.Statement;
import org.junit.jupiter.api.Test;

/**
 * What the list of collections and the hidden facet values ask of the store: the members of all
 * listed collections counted in one call, the hidden slugs in one query, whoever reads.
 */
class CollectionListingTest {

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    private final Collection open = collection(1, "open", Visibility.PUBLIC, "ann");
    private final Collection bobs = collection(2, "bobs", Visibility.PRIVATE, "bob");
    private final Collection anns = collection(3, "anns", Visibility.PRIVATE, "ann");
    private final StoredCollections stored = new StoredCollections(List.of(open, bobs, anns));

    @Test
    void the_list_counts_the_members_of_every_collection_the_reader_sees_at_once() {
        CollectionService service = service(new Reader("ann", false));

        List<CollectionSummary> listed = service.list();

        assertThat(listed).extracting(CollectionSummary::slug).containsExactly("open", "anns");
        assertThat(listed).extracting(CollectionSummary::articles).containsExactly(10L, 30L);
        assertThat(listed).extracting(CollectionSummary::statements).containsExactly(11L, 31L);
        assertThat(listed).extracting(CollectionSummary::belongingStatements).containsExactly(12L, 32L);
        assertThat(stored.countCalls).as("one count for the whole list").containsExactly(List.of("open", "anns"));
    }

    @Test
    void a_librarian_lists_every_collection_with_one_count() {
        List<CollectionSummary> listed = service(new Reader("carol", true)).list();

        assertThat(listed).extracting(CollectionSummary::slug).containsExactly("open", "bobs", "anns");
        assertThat(listed).extracting(CollectionSummary::belongingStatements).containsExactly(12L, 22L, 32L);
        assertThat(stored.countCalls).hasSize(1);
    }

    @Test
    void hidden_slugs_are_the_private_collections_of_others_asked_in_one_query() {
        assertThat(access(new Reader("ann", false)).hiddenSlugs()).containsExactly("bobs");
        assertThat(access(Reader.ANONYMOUS).hiddenSlugs()).containsExactlyInAnyOrder("bobs", "anns");
        assertThat(access(new Reader("carol", true)).hiddenSlugs()).isEmpty();
        assertThat(stored.slugQueries).as("one query for each reader who is no librarian").isEqualTo(2);
    }

    private CollectionAccess access(Reader reader) {
        CollectionAccess access = new CollectionAccess() {
            @Override
            public Reader reader() {
                return reader;
            }
        };
        access.collections = stored;
        return access;
    }

    private CollectionService service(Reader reader) {
        CollectionService service = new CollectionService();
        service.access = access(reader);
        service.collections = stored;
        return service;
    }

    private static Collection collection(long id, String slug, Visibility visibility, String owner) {
        Collection collection = new Collection(new CollectionSlug(slug), "Collection " + slug, null, visibility, owner, NOW);
        try {
            Field field = Collection.class.getDeclaredField("id"); // the store assigns it
            field.setAccessible(true);
            field.set(collection, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return collection;
    }

    /** The collections in memory; collection {@code n} has 10n articles, 10n+1 statements and 10n+2 belonging. */
    private static final class StoredCollections implements CollectionRepository {

        private final List<Collection> all;
        final List<List<String>> countCalls = new ArrayList<>();
        int slugQueries;

        StoredCollections(List<Collection> all) {
            this.all = all;
        }

        @Override
        public List<Collection> findAll() {
            return all;
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

        @Override
        public List<Long> memberStatementIds(Collection collection) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Article> articlesWithIds(java.util.Collection<Long> ids) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Statement> statementsWithIds(java.util.Collection<Long> ids) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Collection save(Collection collection) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void remove(Collection collection) {
            throw new UnsupportedOperationException();
        }
    }
}
