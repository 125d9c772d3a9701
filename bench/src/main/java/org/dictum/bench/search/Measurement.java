package org.dictum.bench.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The measuring step: checks that REST and the Lucene baseline agree on every benchmark query,
 * warms both up, then times them alternately, one request at a time, and prints the table.
 * With {@code --profile} it then looks at where REST's time goes (see {@link ServerProfile}).
 */
final class Measurement {

    /** Content words of US trade statements, from frequent to rare; the same list for both sides. */
    static final List<String> WORDS = List.of("U.S.", "trade", "japan", "would", "washington", "deficit", "market",
            "agreement");

    private Measurement() {
    }

    static int run(Map<String, String> options, Path dataDir, DatasetInfo info) throws Exception {
        URI url = URI.create(SearchBenchmark.required(options, "url"));
        int iterations = Integer.parseInt(options.getOrDefault("iterations", "1000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "2000"));
        List<String> words = options.containsKey("words") ? List.of(options.get("words").split(",")) : WORDS;
        Map<String, List<String>> filters = new LinkedHashMap<>();
        filters.put("actor", List.of(options.getOrDefault("actor", "United States")));
        filters.put("topic", List.of(options.getOrDefault("topic", "trade")));
        filters.put("source", List.of(options.getOrDefault("source", "Reuters")));
        List<BenchmarkQuery> queries = words.stream().map(w -> new BenchmarkQuery(w, filters, 20)).toList();
        Path index = dataDir.resolve("index").resolve("statement");

        RestSearch rest = new RestSearch(url);
        try (LuceneBaseline lucene = new LuceneBaseline(index)) {
            System.out.printf(Locale.ROOT, "measure: statement index %s: %,d documents in %d segments, %s; fields:%n%s",
                    index, lucene.documents(), lucene.segments(), size(index), lucene.describeFields());

            boolean agree = true;
            for (BenchmarkQuery query : queries) {
                RestSearch.Response answer = rest.search(query);
                SearchOutcome restOutcome = RestSearch.outcome(answer.body());
                SearchOutcome luceneOutcome = lucene.search(query);
                List<String> problems = OutcomeCheck.differences(restOutcome, luceneOutcome, RestSearch.selected(answer.body()),
                        Integer.parseInt(options.getOrDefault("facet-values", "50")));
                System.out.printf(Locale.ROOT, "check %-40s total %,7d  facets %s  months %d  hits %d: %s%n", query,
                        restOutcome.total(), facetSummary(restOutcome), restOutcome.histograms().getOrDefault("statement",
                                new java.util.TreeMap<>()).size(), restOutcome.topIds().size(),
                        problems.isEmpty() ? "REST = Lucene" : "DIFFERENT");
                problems.forEach(p -> System.out.println("    " + p));
                agree &= problems.isEmpty();
            }
            if (!agree) {
                System.out.println("check FAILED: REST and Lucene disagree; no timings taken");
                return 1;
            }

            WarmUp.Outcome warm = new WarmUp(warmup, Integer.parseInt(options.getOrDefault("warmup-max", "20000")),
                    Double.parseDouble(options.getOrDefault("jit-settled-ms", "0.5")))
                    .run(serverPid(options), round -> {
                        for (int i = 0; i < round; i++) {
                            BenchmarkQuery query = queries.get(i % queries.size());
                            rest.search(query);
                            lucene.search(query);
                        }
                    });
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            System.out.printf(Locale.ROOT, "measure: %d queries per side, alternating, one at a time%n", iterations);
            long[] restNanos = new long[iterations];
            long[] luceneNanos = new long[iterations];
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long luceneCpuNanos = 0;
            Optional<Duration> serverCpuBefore = serverCpu(options);
            Optional<ThreadCpu> threadsBefore = serverPid(options).flatMap(ThreadCpu::of);
            for (int i = 0; i < iterations; i++) {
                BenchmarkQuery query = queries.get(i % queries.size());
                // Alternate which side goes first so neither always runs right after the other.
                long restTotal;
                long luceneTotal;
                if (i % 2 == 0) {
                    RestSearch.Response answer = rest.search(query);
                    restNanos[i] = answer.nanos();
                    restTotal = RestSearch.outcome(answer.body()).total();
                    long cpu = threads.getCurrentThreadCpuTime();
                    long started = System.nanoTime();
                    luceneTotal = lucene.search(query).total();
                    luceneNanos[i] = System.nanoTime() - started;
                    luceneCpuNanos += threads.getCurrentThreadCpuTime() - cpu;
                } else {
                    long cpu = threads.getCurrentThreadCpuTime();
                    long started = System.nanoTime();
                    luceneTotal = lucene.search(query).total();
                    luceneNanos[i] = System.nanoTime() - started;
                    luceneCpuNanos += threads.getCurrentThreadCpuTime() - cpu;
                    RestSearch.Response answer = rest.search(query);
                    restNanos[i] = answer.nanos();
                    restTotal = RestSearch.outcome(answer.body()).total();
                }
                if (restTotal != luceneTotal) {
                    System.out.printf(Locale.ROOT, "check FAILED during measurement: %s total REST %d, Lucene %d%n",
                            query, restTotal, luceneTotal);
                    return 1;
                }
                if ((i + 1) % 100 == 0) {
                    System.out.printf(Locale.ROOT, "measure: %d/%d%n", i + 1, iterations);
                }
            }
            double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            Optional<Duration> serverCpuAfter = serverCpu(options);
            Optional<ThreadCpu> threadsAfter = serverPid(options).flatMap(ThreadCpu::of);
            double luceneCpuMillis = luceneCpuNanos / 1e6 / iterations;
            Optional<Report.Cpu> cpu = serverCpuBefore.flatMap(before -> serverCpuAfter.map(after -> new Report.Cpu(
                    after.minus(before).toNanos() / 1e6 / iterations, luceneCpuMillis)));
            LatencyStats restStats = LatencyStats.of(restNanos);
            LatencyStats luceneStats = LatencyStats.of(luceneNanos);

            System.out.println();
            System.out.print(Report.render(new Report.Figures(restStats, luceneStats, queries, lucene.documents(), lucene.segments(),
                    size(index), size(dataDir.resolve("index").resolve("article")), size(dataDir.resolve("db")), info,
                    options.getOrDefault("server-heap", info.get(DatasetInfo.HEAP).orElse("?")),
                    options.getOrDefault("commit", "?"), loadBefore, loadAfter, cpu, Instant.now())));

            System.out.println(warm.summary());
            threadsBefore.ifPresent(before -> threadsAfter.ifPresent(after -> {
                System.out.println("Server CPU per REST request by thread group (/proc; the timed requests and whatever else ran meanwhile):");
                ThreadCpu.rows(after.perRequestSince(before, iterations)).forEach(System.out::println);
            }));

            if (options.containsKey("profile")) {
                new ServerProfile(rest, lucene, queries, options).run(Math.max(100, iterations / 2), restStats);
            }
        }
        return 0;
    }

    /**
     * The CPU time the server process has used so far ({@code --server-pid}), from the operating
     * system; empty without a PID or where the system does not tell.
     */
    private static Optional<Duration> serverCpu(Map<String, String> options) {
        return serverPid(options).flatMap(ProcessHandle::of).flatMap(process -> process.info().totalCpuDuration());
    }

    private static Optional<Long> serverPid(Map<String, String> options) {
        return Optional.ofNullable(options.get("server-pid")).map(Long::parseLong);
    }

    private static String facetSummary(SearchOutcome outcome) {
        return BenchmarkQuery.FACETS.stream().map(f -> f + ":" + outcome.facets().getOrDefault(f, Map.of()).size())
                .reduce((a, b) -> a + " " + b).orElse("");
    }

    static long bytes(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException gone) {
                    return 0; // a segment merged away while we looked
                }
            }).sum();
        }
    }

    static String size(Path directory) throws IOException {
        return human(bytes(directory));
    }

    static String human(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.2f GiB", bytes / (double) (1L << 30));
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
    }
}
