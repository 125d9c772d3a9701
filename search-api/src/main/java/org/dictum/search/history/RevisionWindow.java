package org.dictum.search.history;

import org.dictum.search.query.Paging;

/**
 * Which revisions of one record a history page holds, newest first: {@code offset} of them skipped, at most
 * {@code limit} read. A record edited ten thousand times answered all of them at once.
 */
record RevisionWindow(int offset, int limit) {

    /** The window asked for, refused with the parameter at fault as every list's paging is ({@link Paging}). */
    static RevisionWindow checked(int offset, int limit, int maxLimit) {
        return new RevisionWindow(Paging.offset(offset), Paging.limit(limit, maxLimit));
    }
}
