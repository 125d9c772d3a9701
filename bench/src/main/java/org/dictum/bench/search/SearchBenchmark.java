package org.dictum.bench.search;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Entry point of the search benchmark's steps, which {@code bench/run-search-benchmark.sh} runs in
 * order around starting and stopping the portal:
 * <pre>
 * SearchBenchmark load      --url URL --data-dir DIR [--reuters FILE] [--clients N] [--limit N]
 * SearchBenchmark replicate --data-dir DIR [--target N]
 * SearchBenchmark indexed   --data-dir DIR --seconds S [--rebuild-ms MS] [--heap SIZE]
 * SearchBenchmark measure   --url URL --data-dir DIR [--iterations N] [--warmup N] [--warmup-max N] [--jit-settled-ms MS] [--profile]
 * SearchBenchmark merge-segments --data-dir DIR    (an experiment; server stopped)
 * </pre>
 */
public final class SearchBenchmark {

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        Map<String, String> options = options(args);
        Path dataDir = Path.of(required(options, "data-dir"));
        Files.createDirectories(dataDir);
        DatasetInfo info = DatasetInfo.in(dataDir);
        switch (args[0]) {
            case "load" -> load(options, info);
            case "replicate" -> replicate(options, dataDir, info);
            case "indexed" -> {
                info.put(DatasetInfo.INDEX_SECONDS, required(options, "seconds"));
                if (options.containsKey("rebuild-ms")) {
                    info.put(DatasetInfo.INDEX_REBUILD_MS, options.get("rebuild-ms"));
                }
                if (options.containsKey("heap")) {
                    info.put(DatasetInfo.HEAP, options.get("heap"));
                }
                info.put(DatasetInfo.COMPLETE, true);
            }
            case "measure" -> System.exit(Measurement.run(options, dataDir, info));
            case "merge-segments" -> SegmentMerge.mergeStatementIndex(dataDir);
            default -> usage();
        }
    }

    private static void load(Map<String, String> options, DatasetInfo info) throws Exception {
        Path reuters = Path.of(options.getOrDefault("reuters", "../shared/data/reuters21578/reuters21578.jsonl"));
        if (!Files.exists(reuters)) {
            System.err.println("load: " + reuters.toAbsolutePath() + " not found: the benchmark needs Reuters-21578 in ../shared/data");
            System.exit(3);
        }
        URI portal = URI.create(required(options, "url"));
        ReutersIngest.Outcome outcome = new ReutersIngest(portal, ApiLogin.bearerToken(portal))
                .ingest(reuters, Integer.parseInt(options.getOrDefault("clients", "2")),
                        Integer.parseInt(options.getOrDefault("limit", "0")));
        System.out.printf(Locale.ROOT, "load: %d stories posted in %.1f s: %d articles created, %d duplicates"
                        + " (%d posts retried after a concurrent create of the same name)%n",
                outcome.posted(), outcome.seconds(), outcome.created(), outcome.duplicates(), outcome.retries());
        info.put(DatasetInfo.STORIES_POSTED, outcome.posted())
                .put(DatasetInfo.ARTICLES_CREATED, outcome.created())
                .put(DatasetInfo.DUPLICATES, outcome.duplicates())
                .put(DatasetInfo.SKIPPED, outcome.skipped())
                .put(DatasetInfo.LOAD_SECONDS, String.format(Locale.ROOT, "%.1f", outcome.seconds()));
    }

    private static void replicate(Map<String, String> options, Path dataDir, DatasetInfo info) throws Exception {
        long target = Long.parseLong(options.getOrDefault("target", "1000000"));
        DatasetReplicator.Outcome outcome = new DatasetReplicator(dataDir).replicate(target);
        info.put(DatasetInfo.ARTICLES_LOADED, outcome.articlesBefore())
                .put(DatasetInfo.STATEMENTS_LOADED, outcome.statementsBefore())
                .put(DatasetInfo.COPIES, outcome.copies())
                .put(DatasetInfo.ARTICLES, outcome.articlesAfter())
                .put(DatasetInfo.STATEMENTS, outcome.statementsAfter())
                .put(DatasetInfo.REPLICATE_SECONDS, String.format(Locale.ROOT, "%.1f", outcome.seconds()));
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            if (!arg.startsWith("--")) {
                usage();
            }
            String name = arg.substring(2);
            if (i + 1 < rest.size() && !rest.get(i + 1).startsWith("--")) {
                options.put(name, rest.get(++i));
            } else {
                options.put(name, "true");
            }
        }
        return options;
    }

    static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            System.err.println("missing --" + name);
            usage();
        }
        return value;
    }

    private static void usage() {
        System.err.println("""
                usage: SearchBenchmark load      --url URL --data-dir DIR [--reuters FILE] [--clients N] [--limit N]
                       SearchBenchmark replicate --data-dir DIR [--target STATEMENTS]
                       SearchBenchmark indexed   --data-dir DIR --seconds S [--rebuild-ms MS] [--heap SIZE]
                       SearchBenchmark measure   --url URL --data-dir DIR [--iterations N] [--warmup N] [--warmup-max N]
                                         [--jit-settled-ms MS] [--profile]
                                         [--server-pid PID] [--profile-dir DIR] [--words w1,w2] [--actor A] [--topic T]
                       SearchBenchmark merge-segments --data-dir DIR   (experiment; server stopped)
                Normally started by bench/run-search-benchmark.sh; see docs/BENCHMARKS.md.""");
        System.exit(2);
    }
}
