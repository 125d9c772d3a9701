package org.dictum.domain.collection;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.dictum.domain.UnknownEntityException;

/**
 * A collection asked for by a slug that belonged to a collection that was deleted: it is gone for
 * good (the API answers 410), not merely unknown. Only a reader who could see the collection gets
 * this; to others the slug is unknown, as a private collection's is.
 */
public class DeletedCollectionException extends UnknownEntityException {
    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final Instant deletedAt;

    public DeletedCollectionException(String entityType, DeletedCollection deleted) {
        super(entityType, deleted.getSlug().value(), "The collection '" + deleted.getSlug() + "' was deleted on "
                + DAY.format(deleted.getDeletedAt()) + "; its slug stays reserved and never names another collection");
        this.deletedAt = deleted.getDeletedAt();
    }

    public Instant deletedAt() {
        return deletedAt;
    }
}
