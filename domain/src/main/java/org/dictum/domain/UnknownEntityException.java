package org.dictum.domain;

/** A record that was asked for by id does not exist. */
public class UnknownEntityException extends DomainException {
    private static final long serialVersionUID = 1L;

    private final String entityType;
    private final Object id;

    public UnknownEntityException(String entityType, Object id) {
        super(entityType + " " + id + " does not exist");
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
