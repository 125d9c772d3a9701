package org.dictum.search.rest;

/** A request body above the configured limit. */
public class PayloadTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PayloadTooLargeException(long limitBytes) {
        super("The request body exceeds the limit of " + limitBytes + " bytes (dictum.api.max-body-bytes)");
    }
}
