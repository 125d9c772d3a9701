package org.dictum.bench.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where REST's time goes, measured three ways after the timed run:
 * <ol>
 * <li>REST variants: the same requests with {@code size=0} (no hits: no entity loading,
 * highlighting or keyword in context), and a request that does almost nothing;</li>
 * <li>the Lucene baseline run the way the server plans the query (the counting pass keeping the
 * page's hits, then a search for their ids), to separate the plan's cost from the layers';</li>
 * <li>a Java Flight Recorder profile of the server's request threads, and of the executor threads
 * that pass over slices of the index beside them, during the full requests
 * (needs {@code --server-pid}; the server is the one the benchmark started), its CPU samples
 * sorted into the steps of a search by the frames on their stacks.</li>
 * </ol>
 */
final class ServerProfile {

    private final RestSearch rest;
    private final LuceneBaseline lucene;
    private final List<BenchmarkQuery> queries;
    private final Map<String, String> options;

    ServerProfile(RestSearch rest, LuceneBaseline lucene, List<BenchmarkQuery> queries, Map<String, String> options) {
        this.rest = rest;
        this.lucene = lucene;
        this.queries = queries;
        this.options = options;
    }

    void run(int requests, LatencyStats full) throws Exception {
        System.out.printf(Locale.ROOT, "%nprofile: %d requests per variant%n", requests);
        Map<String, LatencyStats> variants = new LinkedHashMap<>();
        variants.put("REST, as measured above", full);
        variants.put("REST, same query with size=0 (no hits to load, highlight, show in context)",
                time(requests, q -> rest.get(q.restPath().replace("&size=20", "&size=0")).nanos()));
        variants.put("REST, q only, no facet selected, size=0 (one search, 6 facets, 2 histograms)",
                time(requests, q -> rest.get(new BenchmarkQuery(q.word(), Map.of(), 0).restPath()).nanos()));
        long statementId = RestSearch.outcome(rest.search(queries.get(0)).body()).topIds().get(0);
        variants.put("REST, GET /api/statements/{id} (one entity, the REST floor)",
                time(requests, q -> rest.get("/api/statements/" + statementId).nanos()));
        variants.put("Lucene, one pass (the baseline, as measured above)", time(requests, q -> {
            long started = System.nanoTime();
            lucene.search(q);
            return System.nanoTime() - started;
        }));
        variants.put("Lucene, the server's plan (the counting pass keeping the page's hits, then their stored fields and highlights)", time(requests, q -> {
            long started = System.nanoTime();
            lucene.searchLikeServer(q);
            return System.nanoTime() - started;
        }));
        StringBuilder out = new StringBuilder("\n| variant | p50 ms | p99 ms | mean ms |\n|---|---:|---:|---:|\n");
        variants.forEach((name, s) -> out.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", name,
                s.p50Millis(), s.p99Millis(), s.meanMillis())));
        System.out.print(out);

        String pid = options.get("server-pid");
        if (pid == null) {
            System.out.println("\nprofile: no --server-pid, no flight recording");
            return;
        }
        Path recording = Path.of(options.getOrDefault("profile-dir", System.getProperty("java.io.tmpdir")))
                .resolve("dictum-search-" + System.currentTimeMillis() + ".jfr").toAbsolutePath();
        Files.createDirectories(recording.getParent());
        jcmd(pid, "JFR.start", "name=dictum-bench", "settings=profile");
        for (int i = 0; i < requests; i++) {
            rest.search(queries.get(i % queries.size()));
        }
        jcmd(pid, "JFR.stop", "name=dictum-bench", "filename=" + recording);
        System.out.print(breakdown(recording, full.meanMillis()));
        System.out.println("profile: recording kept in " + recording);
    }

    interface Timed {
        long nanos(BenchmarkQuery query) throws Exception;
    }

    private LatencyStats time(int requests, Timed timed) throws Exception {
        for (int i = 0; i < Math.min(50, requests); i++) {
            timed.nanos(queries.get(i % queries.size()));
        }
        long[] nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
            nanos[i] = timed.nanos(queries.get(i % queries.size()));
        }
        return LatencyStats.of(nanos);
    }

    private static void jcmd(String pid, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), pid));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("jcmd " + String.join(" ", command) + " failed: " + output);
        }
    }

    /** The steps of a statement search, recognised by a frame on the stack, innermost step first. */
    private static final List<String[]> STEPS = List.of(
            new String[] {"counting pass: total, facets, dates per day, the page's hits (request and executor threads)", "org.dictum.search.query.SidewaysCounting"},
            new String[] {"hit DTOs", "org.dictum.search.query.StatementHit.of"},
            new String[] {"query parsing", "org.dictum.search.query.syntax."},
            new String[] {"main search", "org.dictum.search.query.FacetedQuery.run"},
            new String[] {"JSON serialisation", "org.eclipse.yasson."});

    /** Inside the main search: what the innermost recognisable frame was doing. */
    private static final List<String[]> MAIN_SEARCH_PARTS = List.of(
            new String[] {"entity loading (Hibernate ORM, H2)", "org.hibernate.search.mapper.orm.loading.", "org.hibernate.loader.",
                    "org.hibernate.sql.", "org.h2.", "org.hibernate.event."},
            new String[] {"highlighting", "org.apache.lucene.search.highlight.", "org.hibernate.search.backend.lucene.search.highlighter."},
            new String[] {"Lucene search, aggregations", "org.apache.lucene.", "org.hibernate.search."});

    /** Single pieces of work that the steps share, counted wherever they occur (a sample may hold several). */
    private static final List<String[]> HOT_SPOTS = List.of(
            new String[] {"ordinal map across segments (Hibernate Search's facet counting; should be absent)",
                    "org.apache.lucene.index.OrdinalMap.build"},
            new String[] {"matching and collecting documents (Lucene IndexSearcher.search)", "org.apache.lucene.search.IndexSearcher.search"},
            new String[] {"article main text loaded lazily for keyword in context", "org.dictum.domain.article.Article.getMainText",
                    "org.dictum.domain.article.Article$HibernateProxy.getMainText"});

    static String breakdown(Path recording, double meanMillis) throws IOException {
        Map<String, Integer> hotSpots = new LinkedHashMap<>();
        HOT_SPOTS.forEach(spot -> hotSpots.put(spot[0], 0));
        Map<String, Integer> samples = new LinkedHashMap<>();
        STEPS.forEach(step -> samples.put(step[0].equals("main search") ? "main search: other" : step[0], 0));
        MAIN_SEARCH_PARTS.forEach(part -> samples.put("main search: " + part[0], 0));
        samples.put("REST and container (Undertow, RESTEasy, CDI, JTA)", 0);
        int total = 0;
        long gcNanos = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            String type = event.getEventType().getName();
            if (type.equals("jdk.GarbageCollection")) {
                gcNanos += event.getDuration().toNanos();
                continue;
            }
            if (!type.equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            var thread = event.getThread("sampledThread");
            if (thread == null || thread.getJavaName() == null || !(thread.getJavaName().startsWith("default task")
                    || thread.getJavaName().startsWith("EE-ManagedExecutorService"))) {
                continue;
            }
            total++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            samples.merge(classify(frames), 1, Integer::sum);
            for (String[] spot : HOT_SPOTS) {
                if (frames.stream().map(ServerProfile::name).anyMatch(n -> List.of(spot).subList(1, spot.length).contains(n))) {
                    hotSpots.merge(spot[0], 1, Integer::sum);
                }
            }
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%nServer CPU samples on request and executor threads: %d (JFR, 10 ms); share x REST mean %.1f ms"
                        + " (the two threads overlap, so the shares add up to more time than a request takes):%n%n"
                        + "| step | samples | share | ~ms per request |%n|---|---:|---:|---:|%n", total, meanMillis));
        for (Map.Entry<String, Integer> step : samples.entrySet()) {
            double share = total == 0 ? 0 : step.getValue() / (double) total;
            out.append(String.format(Locale.ROOT, "| %s | %d | %.0f%% | %.1f |%n", step.getKey(), step.getValue(), share * 100,
                    share * meanMillis));
        }
        out.append("\nAcross the steps:\n\n| work | samples | share | ~ms per request |\n|---|---:|---:|---:|\n");
        for (Map.Entry<String, Integer> spot : hotSpots.entrySet()) {
            double share = total == 0 ? 0 : spot.getValue() / (double) total;
            out.append(String.format(Locale.ROOT, "| %s | %d | %.0f%% | %.1f |%n", spot.getKey(), spot.getValue(), share * 100,
                    share * meanMillis));
        }
        out.append(String.format(Locale.ROOT, "%nGarbage collection in the server during the recording: %d ms%n",
                Duration.ofNanos(gcNanos).toMillis()));
        return out.toString();
    }

    /** The innermost step on the stack; inside the main search, what the innermost known frame belongs to. */
    static String classify(List<RecordedFrame> frames) {
        // JFR lists the innermost frame first.
        for (int i = 0; i < frames.size(); i++) {
            String frame = name(frames.get(i));
            for (String[] step : STEPS) {
                if (frame.startsWith(step[1])) {
                    if (!step[0].equals("main search")) {
                        return step[0];
                    }
                    return "main search: " + mainSearchPart(frames.subList(0, i));
                }
            }
        }
        return "REST and container (Undertow, RESTEasy, CDI, JTA)";
    }

    /** The first part, in the order listed, that has a frame on the stack: loading beats Lucene work it triggers. */
    private static String mainSearchPart(List<RecordedFrame> inner) {
        for (String[] part : MAIN_SEARCH_PARTS) {
            for (RecordedFrame frame : inner) {
                String name = name(frame);
                for (int p = 1; p < part.length; p++) {
                    if (name.startsWith(part[p])) {
                        return part[0];
                    }
                }
            }
        }
        return "other";
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
