package org.dictum.search.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dictum.domain.collection.Collection;
import org.dictum.domain.collection.Visibility;
import org.junit.jupiter.api.Test;

/**
 * What the list of collections and the hidden facet values ask of the store: the members of all
 * listed collections counted in one call, the hidden slugs in one query, whoever reads.
 */
class CollectionListingTest {

    private final Collection open = InMemoryCollections.stored(1, "open", Visibility.PUBLIC, "ann");
    private final Collection bobs = InMemoryCollections.stored(2, "bobs", Visibility.PRIVATE, "bob");
    private final Collection anns = InMemoryCollections.stored(3, "anns", Visibility.PRIVATE, "ann");
    private final InMemoryCollections stored = new InMemoryCollections(List.of(open, bobs, anns));

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
        return stored.accessFor(reader);
    }

    private CollectionService service(Reader reader) {
        CollectionService service = new CollectionService();
        service.access = access(reader);
        service.collections = stored;
        return service;
    }
}
