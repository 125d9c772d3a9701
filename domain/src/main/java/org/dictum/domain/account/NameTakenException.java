package org.dictum.domain.account;

import org.dictum.domain.DomainException;

/** A user name that is already in use. */
public class NameTakenException extends DomainException {
    private static final long serialVersionUID = 1L;

    public NameTakenException(String name) {
        super("The user name '" + name + "' is already taken");
    }
}
