package org.dictum.domain;

/**
 * A change that contradicts the current state of the archive (a name already taken, a cycle in the
 * taxonomy, an actor that was merged meanwhile): the request was understood but cannot apply now.
 */
public class ConflictException extends DomainException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
