package org.dictum.search.security;

/**
 * A caller whose credentials are valid asks for something their role does not allow, which only the
 * request's arguments tell (another user's tokens): the API answers 403 {@code forbidden}, as it does
 * for an endpoint that needs a higher role.
 */
public class NotPermittedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotPermittedException(String message) {
        super(message);
    }
}
