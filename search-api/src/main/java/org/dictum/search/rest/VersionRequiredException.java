package org.dictum.search.rest;

/** A write that does not say which version of the record it is based on (428 Precondition Required). */
class VersionRequiredException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    VersionRequiredException(String message) {
        super(message);
    }
}
