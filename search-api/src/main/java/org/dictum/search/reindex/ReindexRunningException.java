package org.dictum.search.reindex;

import org.dictum.domain.ConflictException;

/** A reindex was asked for while one runs: there is one at a time (409). */
public class ReindexRunningException extends ConflictException {
    private static final long serialVersionUID = 1L;

    public ReindexRunningException(long runningId) {
        super("Reindex run " + runningId + " is still running: wait for it to end or cancel it (DELETE /api/admin/reindex)");
    }
}
