package org.dictum.domain;

/** A record that was asked for by id does not exist. */
public class UnknownEntityException extends DomainException {
    private static final long serialVersionUID = 1L;

    private final String entityType;
    private final Object id;

    public UnknownEntityException(String entityType, Object id) {
        this(entityType, id, entityType + " " + id + " does not exist");
    }

    /** For a kind of absence that says more (a record that existed and was deleted). */
    protected UnknownEntityException(String entityType, Object id, String message) {
        super(message);
        this.entityType = entityType;
        this.id = id;
    }

    public String entityType() {
        return entityType;
    }

    public Object id() {
        return id;
    }
}
