package org.dictum.bench.imports;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.dictum.domain.extraction.RuleBasedArticleExtractor;

/**
 * The steps of {@code bench/run-import-benchmark.sh} that need Java. Each step records its figures
 * in a properties file ({@code --figures}), which {@code report} prints as the benchmark's table.
 * <pre>
 * convert --reuters FILE --out FILE [--limit N] --figures FILE
 * ceiling --file FILE --figures FILE
 * report  --figures FILE --import FILE --heap-info FILE --heap-info-after-gc FILE --ready-ms N --label TEXT
 * </pre>
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: ImportBenchmark convert|ceiling|report --option value ...");
        }
        Map<String, String> options = options(args);
        Path figuresFile = Path.of(required(options, "figures"));
        Properties figures = load(figuresFile);
        switch (args[0]) {
            case "convert" -> convert(options, figures);
            case "ceiling" -> ceiling(options, figures);
            case "report" -> {
                report(options, figures);
                return;
            }
            default -> throw new IllegalArgumentException("unknown step " + args[0]);
        }
        try (Writer out = Files.newBufferedWriter(figuresFile, StandardCharsets.UTF_8)) {
            figures.store(out, "bench/run-import-benchmark.sh");
        }
    }

    private static void convert(Map<String, String> options, Properties figures) throws IOException {
        ReutersImportFile.Conversion conversion = ReutersImportFile.convert(Path.of(required(options, "reuters")),
                Path.of(required(options, "out")), Integer.parseInt(options.getOrDefault("limit", "0")));
        figures.setProperty("records", Integer.toString(conversion.records()));
        figures.setProperty("stories.without-text", Integer.toString(conversion.withoutText()));
        System.out.printf(Locale.ROOT, "bench: %d records written (%d stories read, %d without text left out)%n",
                conversion.records(), conversion.stories(), conversion.withoutText());
    }

    private static void ceiling(Map<String, String> options, Properties figures) {
        long built = System.nanoTime();
        ExtractionCeiling ceiling = new ExtractionCeiling(new RuleBasedArticleExtractor());
        System.out.printf(Locale.ROOT, "bench: extractor built in %.1f s; extracting every record on one thread%n",
                (System.nanoTime() - built) / 1e9);
        ExtractionCeiling.Result result = ceiling.measure(Path.of(required(options, "file")));
        figures.setProperty("ceiling.records", Long.toString(result.records()));
        figures.setProperty("ceiling.statements", Long.toString(result.statements()));
        figures.setProperty("ceiling.docs-per-second", format(result.docsPerSecond()));
        figures.setProperty("ceiling.cpu-docs-per-second", format(result.cpuDocsPerSecond()));
        System.out.printf(Locale.ROOT, "bench: ceiling %d records, %d statements in %.1f s: %.1f docs/s (%.1f per CPU second)%n",
                result.records(), result.statements(), result.wallSeconds(), result.docsPerSecond(), result.cpuDocsPerSecond());
    }

    private static void report(Map<String, String> options, Properties figures) throws IOException {
        ImportRun run;
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(Path.of(required(options, "import")))))) {
            run = ImportRun.of(reader.readObject());
        }
        double ceiling = Double.parseDouble(figures.getProperty("ceiling.docs-per-second"));
        long heap = HeapInfo.usedBytes(Files.readString(Path.of(required(options, "heap-info"))));
        long heapAfterGc = HeapInfo.usedBytes(Files.readString(Path.of(required(options, "heap-info-after-gc"))));
        String[][] rows = {
            {"what", required(options, "label")},
            {"records", figures.getProperty("records")},
            {"import status", run.status()},
            {"stored", Long.toString(run.stored())},
            {"skipped (already archived)", Long.toString(run.skipped())},
            {"failed", Long.toString(run.failed())},
            {"import time", String.format(Locale.ROOT, "%.1f s", run.seconds())},
            {"import docs/s", format(run.docsPerSecond())},
            {"ceiling docs/s (extraction only, same records)", format(ceiling)},
            {"ratio import / ceiling", String.format(Locale.ROOT, "%.2f", run.docsPerSecond() / ceiling)},
            {"server heap used after the import", mebibytes(heap)},
            {"server heap used after a full GC", mebibytes(heapAfterGc)},
            {"start to ready", required(options, "ready-ms") + " ms"},
        };
        for (String[] row : rows) {
            System.out.printf(Locale.ROOT, "| %-48s | %s |%n", row[0], row[1]);
        }
    }

    private static String mebibytes(long bytes) {
        return bytes < 0 ? "unknown" : String.format(Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            }
        }
        return properties;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("expected --option value, found " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is missing");
        }
        return value;
    }
}
