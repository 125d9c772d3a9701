package org.dictum.domain;

/** Input that the domain refuses, with the name of the offending field. */
public class InvalidInputException extends DomainException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
