package org.dictum.domain.imports;

/** Where an import stands. */
public enum ImportStatus {
    /** Accepted, not yet picked up by the batch runtime. */
    QUEUED,
    RUNNING,
    /** The server stopped while the import ran (a crash or a kill); it resumes from its last chunk. */
    INTERRUPTED,
    /** Stopped on request; may be restarted. */
    STOPPED,
    /** Ended by an error of the source itself (unreadable file); may be restarted. */
    FAILED,
    COMPLETED;

    /** Whether the batch runtime may still be working on it. */
    public boolean active() {
        return this == QUEUED || this == RUNNING;
    }

    /** Whether a restart makes sense: it ended before reading its source to the end. */
    public boolean restartable() {
        return this == INTERRUPTED || this == STOPPED || this == FAILED;
    }
}
