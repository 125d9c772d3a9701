package org.dictum.bench.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.stream.Collectors;

/** The benchmark's result as Markdown, ready to paste into docs/BENCHMARKS.md. */
final class Report {

    /** The ratio REST/Lucene that the issue asks for, at p50 and at p99. */
    static final double TARGET_RATIO = 1.3;

    record Figures(LatencyStats rest, LatencyStats lucene, List<BenchmarkQuery> queries, long indexedStatements, int segments,
                   String statementIndexSize, String articleIndexSize, String databaseSize, DatasetInfo dataset,
                   String serverHeap, String commit, double loadBefore, double loadAfter, Optional<Cpu> cpu, Instant when) {
    }

    /**
     * CPU time per request during the timed requests: the whole server process's (every thread: the
     * request's, the container's, garbage collection) per REST request, and the benchmark thread's
     * per Lucene query. Unlike latency, it does not grow with the time a thread waits for a core on a
     * busy machine.
     */
    record Cpu(double serverMillisPerRequest, double luceneMillisPerQuery) {
    }

    private Report() {
    }

    static String render(Figures f) {
        StringBuilder out = new StringBuilder();
        double p50 = f.rest().p50Millis() / f.lucene().p50Millis();
        double p99 = f.rest().p99Millis() / f.lucene().p99Millis();
        out.append(String.format(Locale.ROOT, "Faceted statement search, %s, commit %s%n%n", f.when(), f.commit()));
        out.append(String.format(Locale.ROOT, "Query: %s; words %s, one per request in turn; 20 hits by relevance,%n"
                        + "6 facets (multi-select), month histograms of statement and publication dates.%n%n",
                describeFilters(f.queries()), f.queries().stream().map(BenchmarkQuery::word).collect(Collectors.joining(", "))));
        out.append("| side | requests | p50 ms | p99 ms | mean ms | max ms |\n|---|---:|---:|---:|---:|---:|\n");
        row(out, "REST (`GET /api/search/statements`)", f.rest());
        row(out, "Lucene baseline (same query, direct)", f.lucene());
        out.append(String.format(Locale.ROOT, "| **REST / Lucene** | | **%.2f** | **%.2f** | %.2f | %.2f |%n%n", p50, p99,
                f.rest().meanMillis() / f.lucene().meanMillis(), f.rest().maxMillis() / f.lucene().maxMillis()));
        out.append(String.format(Locale.ROOT, "Target REST/Lucene <= %.1f at p50 and p99: p50 %s, p99 %s.%n%n", TARGET_RATIO,
                verdict(p50), verdict(p99)));
        f.cpu().ifPresent(cpu -> out.append(String.format(Locale.ROOT,
                "CPU per request while timing: server process %.2f ms per REST request, Lucene baseline %.2f ms per query:"
                        + " **%.2f** (not a latency; it does not count the time a thread waits for a core).%n%n",
                cpu.serverMillisPerRequest(), cpu.luceneMillisPerQuery(), cpu.serverMillisPerRequest() / cpu.luceneMillisPerQuery())));

        DatasetInfo d = f.dataset();
        out.append("| dataset | |\n|---|---|\n");
        out.append(String.format(Locale.ROOT, "| statements indexed | %,d in %d segments |%n", f.indexedStatements(), f.segments()));
        out.append(String.format(Locale.ROOT, "| statements / articles in the database | %s / %s |%n",
                d.get(DatasetInfo.STATEMENTS).map(Report::grouped).orElse("?"), d.get(DatasetInfo.ARTICLES).map(Report::grouped).orElse("?")));
        out.append(String.format(Locale.ROOT, "| loaded from Reuters-21578 | %s stories posted, %s articles, %s statements |%n",
                d.get(DatasetInfo.STORIES_POSTED).orElse("?"), d.get(DatasetInfo.ARTICLES_LOADED).orElse("?"),
                d.get(DatasetInfo.STATEMENTS_LOADED).orElse("?")));
        out.append(String.format(Locale.ROOT, "| replication | %s copies, 1 to %s years earlier |%n",
                d.get(DatasetInfo.COPIES).orElse("?"), d.get(DatasetInfo.COPIES).orElse("?")));
        out.append(String.format(Locale.ROOT, "| statement index / article index / H2 database | %s / %s / %s |%n",
                f.statementIndexSize(), f.articleIndexSize(), f.databaseSize()));
        out.append(String.format(Locale.ROOT, "| load (POST /api/articles) | %s s |%n", d.get(DatasetInfo.LOAD_SECONDS).orElse("?")));
        out.append(String.format(Locale.ROOT, "| replicate (H2 INSERT ... SELECT) | %s s |%n", d.get(DatasetInfo.REPLICATE_SECONDS).orElse("?")));
        out.append(String.format(Locale.ROOT, "| index (server start with mass indexing, until ready) | %s s (mass indexer: %s) |%n",
                d.get(DatasetInfo.INDEX_SECONDS).orElse("?"),
                d.get(DatasetInfo.INDEX_REBUILD_MS).map(ms -> String.format(Locale.ROOT, "%.0f s", Long.parseLong(ms) / 1000.0)).orElse("?")));
        out.append(String.format(Locale.ROOT, "| machine | %d cores (%s), %s RAM, load average %.1f before / %.1f after timing |%n",
                Runtime.getRuntime().availableProcessors(), cpuModel(), memory(), f.loadBefore(), f.loadAfter()));
        out.append(String.format(Locale.ROOT, "| JVMs | Java %s; server heap %s; bench heap max %s |%n",
                System.getProperty("java.version"), f.serverHeap(), Measurement.human(Runtime.getRuntime().maxMemory())));
        return out.toString();
    }

    private static void row(StringBuilder out, String side, LatencyStats s) {
        out.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n", side, s.count(), s.p50Millis(),
                s.p99Millis(), s.meanMillis(), s.maxMillis()));
    }

    private static String verdict(double ratio) {
        return ratio <= TARGET_RATIO ? String.format(Locale.ROOT, "met (%.2f)", ratio)
                : String.format(Locale.ROOT, "MISSED (%.2f, %.1fx the target)", ratio, ratio / TARGET_RATIO);
    }

    private static String describeFilters(List<BenchmarkQuery> queries) {
        return queries.get(0).filters().entrySet().stream().map(e -> e.getKey() + "=" + String.join("|", e.getValue()))
                .collect(Collectors.joining(" & "));
    }

    private static String grouped(String number) {
        return String.format(Locale.ROOT, "%,d", Long.parseLong(number));
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("?");
        } catch (IOException | RuntimeException unknown) {
            return "?";
        }
    }

    private static String memory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Measurement.human(os.getTotalMemorySize());
        }
        return "?";
    }
}
