package org.dictum.search.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.dictum.domain.extraction.ArticleExtractor;
import org.dictum.domain.extraction.ExtractionRequest;
import org.dictum.domain.extraction.ExtractionResult;

/**
 * Extracts a chunk's articles one after the other on a second thread while the chunk's own thread
 * stores the ones before them, so that a bulk import's extraction and its database work use two
 * cores instead of taking turns on one. Extraction needs neither the transaction nor the database.
 *
 * <p>Each article is extracted once, by whichever thread comes to it first: the chunk's thread
 * takes an article the helper has not reached yet (and waits only for one the helper is working
 * on). A failed extraction fails on the chunk's thread as it would have there, with the same
 * exception. Closing stops the helper after its current article; what it has not reached is not
 * extracted at all.
 */
final class ExtractionAhead implements AutoCloseable {

    private final ArticleExtractor extractor;
    private final List<Extraction> queue;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ExtractionAhead(ArticleExtractor extractor, List<Extraction> queue) {
        this.extractor = extractor;
        this.queue = queue;
    }

    /** Starts extracting {@code requests} in their order on {@code executor}; the chunk's thread does it all if the executor refuses. */
    static ExtractionAhead start(ArticleExtractor extractor, List<ExtractionRequest> requests, Executor executor) {
        List<Extraction> queue = new ArrayList<>(requests.size());
        requests.forEach(request -> queue.add(new Extraction(request)));
        ExtractionAhead ahead = new ExtractionAhead(extractor, queue);
        try {
            executor.execute(ahead::extractInOrder);
        } catch (RejectedExecutionException shuttingDown) {
            // Nothing runs ahead: each supplier extracts on the caller's thread.
        }
        return ahead;
    }

    /** The extraction of the {@code index}-th request, done ahead, waited for, or done now on the caller's thread. */
    Supplier<ExtractionResult> result(int index) {
        Extraction extraction = queue.get(index);
        return () -> {
            extraction.runIfUnclaimed(extractor);
            return extraction.await();
        };
    }

    /** Whether the {@code index}-th extraction is done, successfully: its result is there without waiting. */
    boolean extracted(int index) {
        CompletableFuture<ExtractionResult> outcome = queue.get(index).outcome;
        return outcome.isDone() && !outcome.isCompletedExceptionally();
    }

    private void extractInOrder() {
        for (Extraction extraction : queue) {
            if (closed.get()) {
                return;
            }
            extraction.runIfUnclaimed(extractor);
        }
    }

    @Override
    public void close() {
        closed.set(true);
    }

    /** One request, claimed by exactly one thread, its outcome for any thread that asks. */
    private static final class Extraction {

        private final ExtractionRequest request;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CompletableFuture<ExtractionResult> outcome = new CompletableFuture<>();

        Extraction(ExtractionRequest request) {
            this.request = request;
        }

        void runIfUnclaimed(ArticleExtractor extractor) {
            if (!claimed.compareAndSet(false, true)) {
                return;
            }
            try {
                outcome.complete(extractor.extract(request));
            } catch (Throwable failed) {
                // Errors too (a stack overflow on a pathological page): the waiting thread must see them.
                outcome.completeExceptionally(failed);
            }
        }

        ExtractionResult await() {
            try {
                return outcome.join();
            } catch (CompletionException wrapped) {
                Throwable cause = wrapped.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw wrapped;
            }
        }
    }
}
