package org.dictum.domain.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import org.dictum.domain.ConflictException;
import org.junit.jupiter.api.Test;

class DeletedCollectionTest {

    private static final Instant CREATED = Instant.parse("2024-03-01T10:00:00Z");
    private static final Instant DELETED = Instant.parse("2024-05-06T23:30:00Z");

    private static Collection stored(Visibility visibility) {
        Collection collection = new Collection(new CollectionSlug("talks-2024"), "Talks", null, visibility, "lib", CREATED);
        try {
            Field id = Collection.class.getDeclaredField("id"); // the store assigns it
            id.setAccessible(true);
            id.set(collection, 7L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return collection;
    }

    @Test
    void a_deleted_collection_keeps_its_slug_id_title_visibility_owner_and_deletion_time() {
        DeletedCollection deleted = DeletedCollection.of(stored(Visibility.PRIVATE), DELETED);

        assertThat(deleted.getSlug()).isEqualTo(new CollectionSlug("talks-2024"));
        assertThat(deleted.getCollectionId()).isEqualTo(7L);
        assertThat(deleted.getTitle()).isEqualTo("Talks");
        assertThat(deleted.getVisibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(deleted.getOwner()).isEqualTo("lib");
        assertThat(deleted.getDeletedAt()).isEqualTo(DELETED);
    }

    @Test
    void a_collection_never_stored_cannot_be_deleted() {
        Collection unsaved = new Collection(new CollectionSlug("draft"), "Draft", null, Visibility.PUBLIC, "lib", CREATED);

        assertThatThrownBy(() -> DeletedCollection.of(unsaved, DELETED)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void who_could_see_the_collection_may_learn_that_it_is_gone_and_nobody_else() {
        DeletedCollection open = DeletedCollection.of(stored(Visibility.PUBLIC), DELETED);
        DeletedCollection hidden = DeletedCollection.of(stored(Visibility.PRIVATE), DELETED);

        assertThat(open.wasVisibleTo(null, false)).isTrue();
        assertThat(hidden.wasVisibleTo(null, false)).isFalse();
        assertThat(hidden.wasVisibleTo("someone", false)).isFalse();
        assertThat(hidden.wasVisibleTo("lib", false)).as("its owner").isTrue();
        assertThat(hidden.wasVisibleTo("someone", true)).as("a librarian").isTrue();
    }

    @Test
    void reusing_the_slug_is_refused_as_a_conflict_naming_the_slug_and_the_day_of_deletion() {
        ConflictException refusal = DeletedCollection.of(stored(Visibility.PUBLIC), DELETED).refuseReuse();

        assertThat(refusal.getMessage()).contains("'talks-2024'").contains("deleted on 2024-05-06").contains("never given to another");
    }

    @Test
    void asking_for_it_answers_that_it_is_gone() {
        DeletedCollectionException gone = new DeletedCollectionException("Collection", DeletedCollection.of(stored(Visibility.PUBLIC), DELETED));

        assertThat(gone.getMessage()).isEqualTo("The collection 'talks-2024' was deleted on 2024-05-06; its slug stays reserved"
                + " and never names another collection");
        assertThat(gone.id()).isEqualTo("talks-2024");
        assertThat(gone.deletedAt()).isEqualTo(DELETED);
    }
}
