package org.dictum.domain.topic.skos;

import org.dictum.domain.DomainException;

/** A SKOS document that cannot be read or applied: malformed Turtle, or a taxonomy it would break. */
public class SkosFormatException extends DomainException {
    private static final long serialVersionUID = 1L;

    public SkosFormatException(String message) {
        super(message);
    }

    /** A mistake at a place in a Turtle document, line and column from 1. */
    static SkosFormatException inTurtle(int line, int column, String message) {
        return new SkosFormatException("Turtle, line " + line + ", column " + column + ": " + message);
    }
}
