package org.dictum.domain.collection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.dictum.domain.ConflictException;

/**
 * What remains of a deleted collection: its slug, reserved for good, and enough to answer for it.
 * A slug is a persistent identifier that links and citations use, so it is never given to another
 * collection (as DSpace never reuses a handle); asking for it answers that the collection is gone.
 * Invariants: slug, title, visibility, owner and deletion time are set and never change; who may
 * learn that the collection existed is who could see it when it was deleted.
 */
@Entity
@Table(name = "deleted_collection")
public class DeletedCollection {

    @Id
    @Column(length = CollectionSlug.MAX_LENGTH)
    private String slug;

    @Column(name = "collection_id", nullable = false)
    private long collectionId;

    @Column(nullable = false, length = Collection.MAX_TITLE_LENGTH)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Visibility visibility;

    @Column(nullable = false, length = Collection.MAX_OWNER_LENGTH)
    private String owner;

    @Column(name = "deleted_at", nullable = false)
    private Instant deletedAt;

    protected DeletedCollection() {
    }

    private DeletedCollection(Collection deleted, Instant deletedAt) {
        this.slug = deleted.getSlug().value();
        this.collectionId = Objects.requireNonNull(deleted.getId(), "a deleted collection was stored");
        this.title = deleted.getTitle();
        this.visibility = deleted.getVisibility();
        this.owner = deleted.getOwner();
        this.deletedAt = Objects.requireNonNull(deletedAt, "deletedAt");
    }

    /** The record of {@code collection}, deleted at {@code at}. */
    public static DeletedCollection of(Collection collection, Instant at) {
        return new DeletedCollection(Objects.requireNonNull(collection, "collection"), at);
    }

    /** Whether the reader could see the collection when it was deleted, and so may learn that it is gone. */
    public boolean wasVisibleTo(String userName, boolean librarian) {
        return Collection.visibleTo(visibility, owner, userName, librarian);
    }

    /** The answer to a request for a new collection with this slug. */
    public ConflictException refuseReuse() {
        return new ConflictException("The slug '" + slug + "' belonged to a collection deleted on "
                + DeletedCollectionException.DAY.format(deletedAt) + ": the slug of a deleted collection is never given to another,"
                + " so that links to it and citations of it do not lead to a different collection. Choose another slug");
    }

    public CollectionSlug getSlug() {
        return new CollectionSlug(slug);
    }

    public long getCollectionId() {
        return collectionId;
    }

    public String getTitle() {
        return title;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public String getOwner() {
        return owner;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    @Override
    public String toString() {
        return "DeletedCollection[" + slug + "]";
    }
}
