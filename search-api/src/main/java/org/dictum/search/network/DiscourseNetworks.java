package org.dictum.search.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dictum.search.export.ArchiveExport;
import org.dictum.search.export.ExportLimits;
import org.dictum.search.export.ExportedRecords;
import org.dictum.search.query.SearchRequest;
import org.dictum.search.query.StatementSearch;

/**
 * Draws a network from every statement a search finds, reading them in batches (like an export, and
 * bounded by the same {@code dictum.export.max-rows}) and keeping counts, never the statements ({@link NetworkBuilder});
 * an actor–actor network has at most {@code dictum.network.max-edges} edges.
 */
@ApplicationScoped
public class DiscourseNetworks {

    @Inject
    StatementSearch statements;

    @Inject
    ArchiveExport export;

    @Inject
    ExportLimits limits;

    public Network draw(SearchRequest request, NetworkOptions options) {
        export.count(ExportedRecords.STATEMENTS, request);
        NetworkBuilder builder = new NetworkBuilder(options, limits.maxNetworkEdges());
        statements.forEachChunk(request, limits.batchSize(), chunk -> {
            chunk.forEach(statement -> builder.add(StatementFacts.of(statement, options.actors())));
            return true;
        });
        return builder.build();
    }
}
