package org.dictum.domain;

/**
 * A writer based its change on a version of a record that is no longer the current one: someone
 * else changed it meanwhile. Applying the change would silently overwrite theirs.
 */
public class StaleVersionException extends DomainException {
    private static final long serialVersionUID = 1L;

    private final String entityType;
    private final Object id;
    private final long currentVersion;

    public StaleVersionException(String entityType, Object id, long expectedVersion, long currentVersion) {
        super(entityType + " " + id + " is at version " + currentVersion + ", not " + expectedVersion
                + ": it was changed meanwhile; reload it and apply your change again");
        this.entityType = entityType;
        this.id = id;
        this.currentVersion = currentVersion;
    }

    /** Throws unless the writer read the current version. */
    public static void requireCurrent(String entityType, Object id, long expectedVersion, long currentVersion) {
        if (expectedVersion != currentVersion) {
            throw new StaleVersionException(entityType, id, expectedVersion, currentVersion);
        }
    }

    public String entityType() {
        return entityType;
    }

    public Object id() {
        return id;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
