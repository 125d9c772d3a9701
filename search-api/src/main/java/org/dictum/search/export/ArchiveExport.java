package org.dictum.search.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import org.dictum.search.query.ArticleSearch;
import org.dictum.search.query.SearchRequest;
import org.dictum.search.query.StatementSearch;

/**
 * Streams every hit of a search as rows. {@link #count} runs first, while an error can still be an
 * answer of its own (bad query, too many hits); {@link #write} then pages through the index in
 * batches, writing each row as it is read, so an export of any size needs the memory of one batch.
 * Withdrawn articles and rejected statements are left out, as in search.
 */
@ApplicationScoped
public class ArchiveExport {

    @Inject
    StatementSearch statements;

    @Inject
    ArticleSearch articles;

    @Inject
    ExportLimits limits;

    /** How many rows the export of this search will have; refuses more than {@code dictum.export.max-rows}. */
    public long count(ExportedRecords records, SearchRequest request) {
        long hits = switch (records) {
            case STATEMENTS -> statements.count(request);
            case ARTICLES -> articles.count(request);
            case ARTICLES_OF_STATEMENTS -> {
                // read statement by statement: bounded like a statement export of the same search
                limits.checkStatementsRead(statements.count(request));
                yield articlesOfStatements(request).size();
            }
        };
        limits.check(hits, records);
        return hits;
    }

    /** Writes the rows; answers how many (never more than the maximum, even if the archive grew meanwhile). */
    public long write(ExportedRecords records, SearchRequest request, ExportFormat format, Permalinks links,
                      OutputStream out) {
        int batch = limits.batchSize();
        if (records == ExportedRecords.STATEMENTS) {
            RowWriter<StatementRow> writer = format.writer(StatementRow.COLUMNS, out);
            return RowStream.copy(consumer -> statements.forEachChunk(request, batch,
                    chunk -> consumer.test(rows(chunk, s -> StatementRow.of(s, links)))), writer, limits.maxRows());
        }
        RowWriter<ArticleRow> writer = format.writer(ArticleRow.COLUMNS, out);
        if (records == ExportedRecords.ARTICLES_OF_STATEMENTS) {
            List<Long> ids = List.copyOf(articlesOfStatements(request));
            return RowStream.copy(consumer -> articles.forEachOf(ids, batch,
                    chunk -> consumer.test(rows(chunk, a -> ArticleRow.of(a, links)))), writer, limits.maxRows());
        }
        return RowStream.copy(consumer -> articles.forEachChunk(request, batch,
                chunk -> consumer.test(rows(chunk, a -> ArticleRow.of(a, links)))), writer, limits.maxRows());
    }

    private Set<Long> articlesOfStatements(SearchRequest request) {
        return statements.articleIds(request, limits.batchSize(), Math.toIntExact(Math.min(Integer.MAX_VALUE - 1L, limits.maxRows())));
    }

    private static <E, R> List<R> rows(List<E> entities, java.util.function.Function<E, R> row) {
        return entities.stream().map(row).toList();
    }
}
