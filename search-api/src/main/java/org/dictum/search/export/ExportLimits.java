package org.dictum.search.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dictum.domain.InvalidInputException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How large an export or a network may get, and how many hits are loaded at a time. */
@ApplicationScoped
public class ExportLimits {

    @Inject
    @ConfigProperty(name = "dictum.export.max-rows", defaultValue = "100000")
    long maxRows;

    @Inject
    @ConfigProperty(name = "dictum.export.batch-size", defaultValue = "500")
    int batchSize;

    public long maxRows() {
        return maxRows;
    }

    public int batchSize() {
        return batchSize;
    }

    /** Refuses a search with more hits than an export may hold, before anything is written. */
    void check(long hits, String what) {
        if (hits > maxRows) {
            throw new InvalidInputException("q", "The search finds " + hits + " " + what + "; an export holds at most "
                    + maxRows + " (dictum.export.max-rows): narrow it with a query, filters or dates");
        }
    }
}
