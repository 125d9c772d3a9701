package org.dictum.domain.account;

import org.dictum.domain.DomainException;

/** Refuses to demote or disable the only enabled administrator, which would lock everyone out of user management. */
public class LastAdministratorException extends DomainException {
    private static final long serialVersionUID = 1L;

    public LastAdministratorException(String name) {
        super("'" + name + "' is the only enabled administrator: make another user an administrator first");
    }
}
