package org.dictum.search.history;

import org.dictum.domain.InvalidInputException;

/**
 * Which revisions of one record a history page holds, newest first: {@code offset} of them skipped, at most
 * {@code limit} read. A record edited ten thousand times answered all of them at once.
 */
record RevisionWindow(int offset, int limit) {

    /** The window asked for, refused with the parameter at fault as the search's facet value paging is. */
    static RevisionWindow checked(int offset, int limit, int maxLimit) {
        if (offset < 0) {
            throw new InvalidInputException("offset", "offset must not be negative");
        }
        if (limit < 1 || limit > maxLimit) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + maxLimit);
        }
        return new RevisionWindow(offset, limit);
    }
}
