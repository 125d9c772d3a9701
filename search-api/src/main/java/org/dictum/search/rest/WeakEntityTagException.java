package org.dictum.search.rest;

import java.util.OptionalLong;

/**
 * An {@code If-Match} naming only weak entity tags ({@code W/"3"}): If-Match compares strongly (RFC 9110
 * section 13.1.1), so a weak tag never matches and the write fails its precondition (412).
 */
class WeakEntityTagException extends PreconditionFailedException {
    private static final long serialVersionUID = 1L;

    WeakEntityTagException(String ifMatch) {
        super("If-Match compares entity tags strongly, so a weak one (" + ifMatch + ") never matches: send the "
                + "ETag as it was read, without W/ (e.g. If-Match: \"3\")");
    }

    @Override
    OptionalLong currentVersion() {
        return OptionalLong.empty();
    }
}
