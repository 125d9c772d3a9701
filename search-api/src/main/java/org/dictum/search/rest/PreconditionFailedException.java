package org.dictum.search.rest;

import java.util.OptionalLong;

/**
 * An {@code If-Match} the record does not meet (RFC 9110, 13.1.1): the write changes nothing and answers 412, with
 * the record's current version as ETag when it was read.
 */
abstract class PreconditionFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PreconditionFailedException(String message) {
        super(message);
    }

    /** The record's version now, when the precondition was judged against it. */
    abstract OptionalLong currentVersion();
}
