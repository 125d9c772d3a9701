package org.dictum.bench.speed;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dictum.bench.Evaluation;
import org.dictum.bench.EvaluationReport;
import org.dictum.bench.EvaluationReport.Metric;
import org.dictum.bench.actors.ReutersCorpus;
import org.dictum.bench.actors.ReutersStory;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.extraction.ExtractionRequest;
import org.dictum.domain.extraction.RuleBasedArticleExtractor;
import org.dictum.domain.extraction.StageTimer;

/**
 * Throughput of the whole extraction pipeline on the 21,578 Reuters stories as plain text, next to
 * the cost of tokenising the same texts alone, measured in the same run (the machine is shared:
 * compare the ratio, not the absolute figures across runs), with the share of time per stage.
 */
public class ExtractionSpeed implements Evaluation {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{Nd}'’-]*|\\p{Nd}+");
    private static final int WARM_UP = 3000;

    @Override
    public String name() {
        return "speed";
    }

    @Override
    public String dataset() {
        return "reuters21578";
    }

    @Override
    public EvaluationReport run(Path dataDir) throws Exception {
        List<ExtractionRequest> requests = new ArrayList<>();
        for (ReutersStory story : ReutersCorpus.read(dataDir.resolve("reuters21578/reuters21578.jsonl"))) {
            String text = story.body().isBlank() ? story.title() : story.body();
            if (!text.isBlank()) {
                requests.add(new ExtractionRequest(text, ContentType.TEXT_PLAIN,
                        story.title().isBlank() ? null : story.title(), story.date()));
            }
        }
        RuleBasedArticleExtractor extractor = new RuleBasedArticleExtractor();
        for (int i = 0; i < Math.min(WARM_UP, requests.size()); i++) {
            extractor.extract(requests.get(i));
            tokenCount(requests.get(i).original());
        }

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long tokens = 0;
        long tokenizeCpu = threads.getCurrentThreadCpuTime();
        long tokenizeWall = System.nanoTime();
        for (ExtractionRequest request : requests) {
            tokens += tokenCount(request.original());
        }
        tokenizeWall = System.nanoTime() - tokenizeWall;
        tokenizeCpu = threads.getCurrentThreadCpuTime() - tokenizeCpu;

        StageTimer stages = new StageTimer();
        long statements = 0;
        long pipelineCpu = threads.getCurrentThreadCpuTime();
        long pipelineWall = System.nanoTime();
        for (ExtractionRequest request : requests) {
            statements += extractor.extract(request, stages).statements().size();
        }
        pipelineWall = System.nanoTime() - pipelineWall;
        pipelineCpu = threads.getCurrentThreadCpuTime() - pipelineCpu;

        double parallelWall = parallelSeconds(extractor, requests, Runtime.getRuntime().availableProcessors());
        int n = requests.size();
        List<Metric> metrics = new ArrayList<>();
        metrics.add(new Metric("docs/s, whole pipeline, 1 thread (CPU time)", n / seconds(pipelineCpu), "≥ 300"));
        metrics.add(new Metric("docs/s, whole pipeline, 1 thread (wall clock)", n / seconds(pipelineWall), ""));
        metrics.add(new Metric("docs/s, whole pipeline, " + Runtime.getRuntime().availableProcessors()
                + " threads (wall clock)", n / parallelWall, "≥ 300"));
        metrics.add(new Metric("docs/s, tokenising alone, 1 thread (CPU time)", n / seconds(tokenizeCpu), ""));
        metrics.add(new Metric("pipeline cost / tokenising cost (CPU time)", (double) pipelineCpu / tokenizeCpu, ""));
        long total = stages.nanosByStage().values().stream().mapToLong(Long::longValue).sum();
        for (Map.Entry<String, Long> stage : stages.nanosByStage().entrySet()) {
            metrics.add(new Metric("share of time: " + stage.getKey(), (double) stage.getValue() / total, ""));
        }
        return new EvaluationReport(name(), dataset(), metrics, List.of(
                String.format(Locale.ROOT, "%d stories (title + body as plain text), %d tokens, %d statements found; "
                        + "%d stories of warm-up first; CPU time of the measuring thread, since the machine is shared",
                        n, tokens, statements, Math.min(WARM_UP, n)),
                String.format(Locale.ROOT, "wall clock: pipeline %.1f s on 1 thread, %.1f s on %d threads; tokenising %.2f s",
                        seconds(pipelineWall), parallelWall, Runtime.getRuntime().availableProcessors(),
                        seconds(tokenizeWall))));
    }

    private static double parallelSeconds(RuleBasedArticleExtractor extractor, List<ExtractionRequest> requests,
                                          int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long started = System.nanoTime();
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                done.add(pool.submit(() -> {
                    int found = 0;
                    for (int i = first; i < requests.size(); i += threads) {
                        found += extractor.extract(requests.get(i)).statements().size();
                    }
                    return found;
                }));
            }
            for (Future<Integer> future : done) {
                future.get();
            }
            return seconds(System.nanoTime() - started);
        } finally {
            pool.shutdown();
        }
    }

    static int tokenCount(String text) {
        Matcher matcher = WORD.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
