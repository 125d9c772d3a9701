package org.dictum.search.rest;

import java.util.OptionalLong;

/**
 * An {@code If-Match} listing several entity tags ({@code "2", "3"}), none of them the record's current version: the
 * write fails its precondition (412), answering the current version as ETag.
 */
class UnmatchedEntityTagsException extends PreconditionFailedException {
    private static final long serialVersionUID = 1L;

    private final long currentVersion;

    UnmatchedEntityTagsException(String ifMatch, long currentVersion) {
        super("If-Match lists " + ifMatch + ", none of which is the current version \"" + currentVersion
                + "\": it was changed meanwhile; read it again and apply your change to it");
        this.currentVersion = currentVersion;
    }

    @Override
    OptionalLong currentVersion() {
        return OptionalLong.of(currentVersion);
    }
}
