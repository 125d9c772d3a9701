package org.dictum.search.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.extraction.ArticleExtractor;
import org.dictum.domain.extraction.DocumentMetadata;
import org.dictum.domain.extraction.ExtractionRequest;
import org.dictum.domain.extraction.ExtractionResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExtractionAheadTest {

    private final ExecutorService helper = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopHelper() {
        helper.shutdownNow();
    }

    /** Answers the request's text as main text and counts how often each text was extracted. */
    private static final class CountingExtractor implements ArticleExtractor {
        final Map<String, AtomicInteger> extractions = new ConcurrentHashMap<>();

        @Override
        public ExtractionResult extract(ExtractionRequest request) {
            extractions.computeIfAbsent(request.original(), text -> new AtomicInteger()).incrementAndGet();
            if (request.original().startsWith("broken")) {
                throw new InvalidInputException("text", "cannot read " + request.original());
            }
            return new ExtractionResult(null, request.original().toUpperCase(), "en", List.of(), List.of(), "test",
                    DocumentMetadata.none(), List.of());
        }
    }

    private static List<ExtractionRequest> requests(int count) {
        return IntStream.range(0, count).mapToObj(i -> new ExtractionRequest("story " + i, ContentType.TEXT_PLAIN, null, null))
                .toList();
    }

    private static List<String> mainTexts(ExtractionAhead ahead, int count) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            texts.add(ahead.result(i).get().mainText());
        }
        return texts;
    }

    @Test
    void every_request_is_extracted_once_and_answered_in_its_place_while_a_second_thread_runs_ahead() {
        CountingExtractor extractor = new CountingExtractor();
        try (ExtractionAhead ahead = ExtractionAhead.start(extractor, requests(200), helper)) {
            assertThat(mainTexts(ahead, 200)).isEqualTo(IntStream.range(0, 200).mapToObj(i -> "STORY " + i).toList());
        }
        assertThat(extractor.extractions).hasSize(200).allSatisfy((text, times) -> assertThat(times.get()).isEqualTo(1));
    }

    @Test
    void the_callers_thread_extracts_everything_when_the_executor_refuses_or_never_runs_the_helper() {
        CountingExtractor refused = new CountingExtractor();
        try (ExtractionAhead ahead = ExtractionAhead.start(refused, requests(3), task -> {
            throw new RejectedExecutionException("shutting down");
        })) {
            assertThat(mainTexts(ahead, 3)).containsExactly("STORY 0", "STORY 1", "STORY 2");
        }
        CountingExtractor idle = new CountingExtractor();
        try (ExtractionAhead ahead = ExtractionAhead.start(idle, requests(3), task -> { })) {
            assertThat(mainTexts(ahead, 3)).containsExactly("STORY 0", "STORY 1", "STORY 2");
        }
        assertThat(refused.extractions).hasSize(3);
        assertThat(idle.extractions).hasSize(3);
    }

    @Test
    void a_failed_extraction_fails_on_the_callers_thread_with_the_extractors_exception() throws Exception {
        CountingExtractor extractor = new CountingExtractor();
        List<ExtractionRequest> requests = List.of(new ExtractionRequest("broken page", ContentType.TEXT_PLAIN, null, null),
                new ExtractionRequest("fine page", ContentType.TEXT_PLAIN, null, null));
        try (ExtractionAhead ahead = ExtractionAhead.start(extractor, requests, helper)) {
            helper.submit(() -> { }).get(10, TimeUnit.SECONDS); // the helper has gone through both
            assertThatThrownBy(() -> ahead.result(0).get()).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("cannot read broken page");
            assertThat(ahead.result(1).get().mainText()).isEqualTo("FINE PAGE");
        }
    }

    @Test
    void closing_stops_the_helper_before_articles_it_has_not_reached() throws Exception {
        CountingExtractor extractor = new CountingExtractor();
        List<Runnable> held = new ArrayList<>();
        ExtractionAhead ahead = ExtractionAhead.start(extractor, requests(5), held::add);
        assertThat(ahead.result(0).get().mainText()).isEqualTo("STORY 0");
        ahead.close();
        held.forEach(Runnable::run);
        assertThat(extractor.extractions).containsOnlyKeys("story 0");
    }

    @Test
    void the_caller_waits_for_an_extraction_the_helper_is_doing_instead_of_doing_it_again() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        ArticleExtractor slow = request -> {
            calls.incrementAndGet();
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ExtractionResult(null, "slow", "en", List.of(), List.of(), "test", DocumentMetadata.none(), List.of());
        };
        try (ExtractionAhead ahead = ExtractionAhead.start(slow, requests(1), helper)) {
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            var answer = Executors.newSingleThreadExecutor();
            try {
                var result = answer.submit(() -> ahead.result(0).get().mainText());
                release.countDown();
                assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("slow");
            } finally {
                answer.shutdownNow();
            }
        }
        assertThat(calls.get()).isEqualTo(1);
    }
}
