package org.dictum.search.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.dictum.domain.ConflictException;
import org.dictum.domain.UnknownEntityException;
import org.dictum.domain.collection.Collection;
import org.dictum.domain.collection.DeletedCollectionException;
import org.dictum.domain.collection.Visibility;
import org.junit.jupiter.api.Test;

/**
 * A deleted collection's slug stays reserved: a new collection never gets it, whether asked for or
 * made from the title, and asking for it answers "gone" to those who could see the collection.
 */
class DeletedCollectionSlugTest {

    private final Collection talks = InMemoryCollections.stored(1, "talks", Visibility.PUBLIC, "ann");
    private final Collection notes = InMemoryCollections.stored(2, "notes", Visibility.PRIVATE, "ann");
    private final InMemoryCollections stored = new InMemoryCollections(List.of(talks, notes));

    private void deleteBoth() {
        stored.remove(talks, InMemoryCollections.NOW);
        stored.remove(notes, InMemoryCollections.NOW);
    }

    @Test
    void a_new_collection_asking_for_a_deleted_collections_slug_is_refused_as_a_conflict() {
        deleteBoth();
        CollectionService service = service(new Reader("lib", true));

        assertThatThrownBy(() -> service.create("talks", "Other talks", null, "public"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("The slug 'talks' belonged to a collection deleted on 2026-01-02");
        assertThat(stored.findAll()).isEmpty();
    }

    @Test
    void a_slug_made_from_the_title_passes_over_a_deleted_collections_slug() {
        deleteBoth();

        CollectionSummary created = service(new Reader("lib", true)).create(null, "Talks", null, null);

        assertThat(created.slug()).isEqualTo("talks-2");
    }

    @Test
    void a_live_collections_slug_is_still_refused_as_taken() {
        assertThatThrownBy(() -> service(new Reader("lib", true)).create("talks", "Other talks", null, null))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("taken by another collection");
    }

    @Test
    void a_deleted_collection_is_gone_for_those_who_could_see_it_and_unknown_to_the_others() {
        deleteBoth();

        assertThatThrownBy(() -> service(Reader.ANONYMOUS).get("talks")).isInstanceOf(DeletedCollectionException.class)
                .hasMessageContaining("'talks' was deleted on 2026-01-02");
        assertThatThrownBy(() -> service(new Reader("ann", false)).members("notes", 0, 20)).isInstanceOf(DeletedCollectionException.class);
        assertThatThrownBy(() -> service(new Reader("lib", true)).get("notes")).isInstanceOf(DeletedCollectionException.class);
        assertThatThrownBy(() -> service(Reader.ANONYMOUS).get("notes")).isExactlyInstanceOf(UnknownEntityException.class)
                .hasMessage("Collection notes does not exist");
        assertThatThrownBy(() -> service(new Reader("bob", false)).get("notes")).isExactlyInstanceOf(UnknownEntityException.class);
        assertThatThrownBy(() -> service(Reader.ANONYMOUS).get("never-was")).isExactlyInstanceOf(UnknownEntityException.class);
    }

    @Test
    void a_search_filter_naming_a_deleted_collection_is_answered_as_gone() {
        deleteBoth();

        assertThatThrownBy(() -> access(Reader.ANONYMOUS).requireVisible(List.of("talks")))
                .isInstanceOf(DeletedCollectionException.class);
    }

    private CollectionAccess access(Reader reader) {
        return stored.accessFor(reader);
    }

    private CollectionService service(Reader reader) {
        CollectionService service = new CollectionService();
        service.access = access(reader);
        service.collections = stored;
        service.currentUser = () -> Optional.ofNullable(reader.name());
        service.clock = Clock.fixed(InMemoryCollections.NOW.plusSeconds(3600), ZoneOffset.UTC);
        return service;
    }
}
