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

    @Inject
    @ConfigProperty(name = "dictum.network.max-edges", defaultValue = "100000")
    long maxNetworkEdges;

    public long maxRows() {
        return maxRows;
    }

    /** The most edges an actor–actor network may have; more is refused. */
    public long maxNetworkEdges() {
        return maxNetworkEdges;
    }

    public int batchSize() {
        return batchSize;
    }

    /**
     * Refuses a search with more rows than an export may hold, before anything is written, saying what it counted in
     * the words of the kind exported. It named the kind by its parameter, so an export of a statement search's
     * articles read "The search finds 120000 statement-articles".
     */
    void check(long rows, ExportedRecords records) {
        if (rows > maxRows) {
            throw new InvalidInputException("q", records.counted(rows) + "; an export holds at most " + maxRows
                    + " (dictum.export.max-rows): narrow it with a query, filters or dates");
        }
    }

    /**
     * Refuses an export of a statement search's articles whose search finds more statements than an export holds:
     * they are read statement by statement.
     */
    void checkStatementsRead(long statements) {
        if (statements > maxRows) {
            throw new InvalidInputException("q", "The search finds " + statements + " statements, and an export of"
                    + " their articles reads at most " + maxRows + " (dictum.export.max-rows): narrow it with a query,"
                    + " filters or dates");
        }
    }
}
