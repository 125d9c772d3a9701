package org.dictum.domain.curation;

import org.dictum.domain.DomainException;

/** A curation step that the record's current state does not allow, e.g. withdrawing a withdrawn article. */
public class CurationConflictException extends DomainException {
    private static final long serialVersionUID = 1L;

    public CurationConflictException(String message) {
        super(message);
    }
}
