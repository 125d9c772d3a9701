package org.dictum.domain;

/** Base class of the domain's own unchecked exceptions; the REST layer maps each kind to a problem type. */
public abstract class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected DomainException(String message) {
        super(message);
    }
}
