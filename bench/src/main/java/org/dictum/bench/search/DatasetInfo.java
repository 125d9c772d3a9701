package org.dictum.bench.search;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What is known about a benchmark data directory, kept next to it in {@code bench-dataset.properties}
 * so that a later run with {@code --reuse} can report how the dataset was built.
 */
final class DatasetInfo {

    static final String FILE = "bench-dataset.properties";

    static final String LOAD_SECONDS = "load.seconds";
    static final String STORIES_POSTED = "load.stories-posted";
    static final String ARTICLES_CREATED = "load.articles-created";
    static final String DUPLICATES = "load.duplicates";
    static final String SKIPPED = "load.skipped-empty";
    static final String STATEMENTS_LOADED = "load.statements";
    static final String ARTICLES_LOADED = "load.articles";
    static final String COPIES = "replicate.copies";
    static final String REPLICATE_SECONDS = "replicate.seconds";
    static final String STATEMENTS = "statements";
    static final String ARTICLES = "articles";
    static final String INDEX_SECONDS = "index.seconds";
    static final String INDEX_REBUILD_MS = "index.rebuild-ms";
    static final String HEAP = "server.heap";
    static final String COMPLETE = "complete";

    private final Path file;
    private final Properties values = new Properties();

    private DatasetInfo(Path file) {
        this.file = file;
    }

    static DatasetInfo in(Path dataDir) throws IOException {
        DatasetInfo info = new DatasetInfo(dataDir.resolve(FILE));
        if (Files.exists(info.file)) {
            try (Reader in = Files.newBufferedReader(info.file, StandardCharsets.UTF_8)) {
                info.values.load(in);
            }
        }
        return info;
    }

    Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    long getLong(String key, long otherwise) {
        return get(key).map(Long::parseLong).orElse(otherwise);
    }

    DatasetInfo put(String key, Object value) throws IOException {
        values.setProperty(key, String.valueOf(value));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            values.store(out, "Dictum search benchmark dataset");
        }
        return this;
    }
}
