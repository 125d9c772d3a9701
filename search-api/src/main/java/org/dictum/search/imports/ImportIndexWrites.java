package org.dictum.search.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.dictum.domain.authority.AuthorityRecords;
import org.dictum.persistence.DictumPersistenceUnit;
import org.dictum.search.authority.SearchReindexing;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;

/**
 * The search-index writes of imports. A chunk's documents are written and committed to disk after
 * the chunk's database commit without its thread waiting for them: the index works on chunk n while
 * the batch thread stores chunk n+1, which waits for chunk n's write only just before its own commit.
 * Each chunk commits, with its records, the instant from which the import's articles may still be
 * missing from the index ({@code ImportJob.indexPendingSince}): its own start once the previous write
 * is known to be durable. After a crash those articles and their statements are indexed again
 * ({@link ImportIndexRepair}), so the index never stays behind the database.
 *
 * <p>With several nodes (outbox-polling coordination) the index updates travel through the outbox
 * table in the chunk's own transaction: the chunk waits as before ({@code write-sync}).
 */
@ApplicationScoped
public class ImportIndexWrites {

    static final String OUTBOX_POLLING = "outbox-polling";

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    @Inject
    AuthorityRecords records;

    @Inject
    SearchReindexing reindexing;

    @Inject
    @ConfigProperty(name = "dictum.search.coordination", defaultValue = "none")
    String coordination;

    /** Per import, the index write of its last committed chunk, until a later chunk or the run's end has seen it done. */
    private final ConcurrentMap<Long, CompletableFuture<? extends SearchIndexingPlanExecutionReport>> lastWrites =
            new ConcurrentHashMap<>();

    /** False with several nodes: there the chunk's index updates are in the outbox when it commits. */
    boolean writesBehind() {
        return !OUTBOX_POLLING.equals(coordination);
    }

    /**
     * How a chunk's session hands its documents to the index: committed to disk (not refreshed, as
     * with {@code write-sync}), but without waiting; the write is remembered for {@link #awaitLast}.
     */
    IndexingPlanSynchronizationStrategy behind(long importId) {
        if (!writesBehind()) {
            return IndexingPlanSynchronizationStrategy.writeSync();
        }
        return context -> {
            context.documentCommitStrategy(DocumentCommitStrategy.FORCE);
            context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
            context.indexingFutureHandler(write -> lastWrites.put(importId, write));
        };
    }

    /**
     * Waits for the index write of the import's previous chunk. True when there was one in this
     * process and it is durable; false when none is known (the first chunk of a run). Throws when it
     * failed: the caller's chunk then rolls back and the import fails, and its pending instant stays
     * for {@link ImportIndexRepair} to index those articles again.
     */
    boolean awaitLast(long importId) {
        CompletableFuture<? extends SearchIndexingPlanExecutionReport> write = lastWrites.get(importId);
        if (write == null) {
            return false;
        }
        Throwable failure = failureOf(write);
        if (failure != null) {
            throw new IllegalStateException("Import " + importId + ": the search index could not store the previous chunk: "
                    + failure.getMessage(), failure);
        }
        lastWrites.remove(importId, write);
        return true;
    }

    /** At the end of a run: true when the last chunk's index write (if any) is durable; forgets it either way. */
    boolean settle(long importId) {
        CompletableFuture<? extends SearchIndexingPlanExecutionReport> write = lastWrites.remove(importId);
        return write == null || failureOf(write) == null;
    }

    private static Throwable failureOf(CompletableFuture<? extends SearchIndexingPlanExecutionReport> write) {
        try {
            return write.join().throwable().orElse(null);
        } catch (CompletionException failed) {
            return failed.getCause() != null ? failed.getCause() : failed;
        }
    }

    /** The last article and statement ids archived before {@code since}: documents beyond them may be stale after a crash. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long[] lastIdsBefore(Instant since) {
        return new long[] {records.lastArticleIdIngestedBefore(since), records.lastStatementIdOfArticlesIngestedBefore(since)};
    }

    /**
     * Indexes again the articles archived at or after {@code since} and their statements, and
     * waits until the documents are committed to disk. Returns how many articles.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int rewriteSince(Instant since) {
        Search.session(em).indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.writeSync());
        List<Long> articles = records.articleIdsIngestedSince(since);
        reindexing.reindex(records.statementIdsOfArticlesIngestedSince(since), articles);
        return articles.size();
    }
}
