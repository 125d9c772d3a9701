package org.dictum.search.reindex;

import java.util.Locale;

/** Where a run is: running, then exactly one of the three ends. {@code IDLE} only describes "no run yet". */
public enum ReindexState {
    IDLE,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
