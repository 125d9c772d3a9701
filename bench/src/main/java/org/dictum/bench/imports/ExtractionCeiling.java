package org.dictum.bench.imports;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dictum.domain.article.Fixity;
import org.dictum.domain.extraction.ArticleExtractor;
import org.dictum.domain.ingest.ArticleSubmission;
import org.dictum.domain.imports.ImportFormat;
import org.dictum.search.imports.source.FieldMapping;
import org.dictum.search.imports.source.RecordLimit;
import org.dictum.search.imports.source.RecordSource;
import org.dictum.search.imports.source.RecordSources;
import org.dictum.search.imports.source.SourceRecord;

/**
 * The most an import could do: the server's own per-record CPU work without the database and the
 * index. Each record of the import file is read by the import's JSON Lines reader, turned into a
 * submission as the import does, fingerprinted (SHA-256, the duplicate check's key) and extracted
 * with the request {@code ArticleIngestion} builds, on one thread, because an import's chunk step
 * runs on one batch thread. The extractor is built before the clock starts (the server builds it
 * at start-up) and is not warmed up: the import extracts each record once, cold, too.
 */
final class ExtractionCeiling {

    /** Records extracted, statements found, wall-clock and CPU seconds of the measuring thread. */
    record Result(long records, long statements, double wallSeconds, double cpuSeconds) {

        double docsPerSecond() {
            return records / wallSeconds;
        }

        double cpuDocsPerSecond() {
            return records / cpuSeconds;
        }
    }

    private final ArticleExtractor extractor;

    ExtractionCeiling(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    Result measure(Path importFile) {
        List<ArticleSubmission> submissions = read(importFile);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long statements = 0;
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (ArticleSubmission submission : submissions) {
            statements += extract(submission);
        }
        wall = System.nanoTime() - wall;
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        return new Result(submissions.size(), statements, wall / 1e9, cpu / 1e9);
    }

    /** What {@code ArticleIngestion.ingest} computes before it touches a repository's rows. */
    private int extract(ArticleSubmission submission) {
        Fixity.sha256(submission.original());
        return extractor.extract(submission.extractionRequest()).statements().size();
    }

    /** The default of dictum.import.max-record-bytes (that of dictum.api.max-body-bytes): the records an import reads. */
    private static final RecordLimit DEFAULT_RECORD_LIMIT = new RecordLimit(10 * 1024 * 1024);

    /** The well-formed records, read before the clock starts (the import reads its file as it goes, a small cost). */
    private static List<ArticleSubmission> read(Path importFile) {
        List<ArticleSubmission> submissions = new ArrayList<>();
        try (RecordSource source = RecordSources.open(ImportFormat.JSONL, importFile, FieldMapping.identity(), DEFAULT_RECORD_LIMIT, 0)) {
            for (Optional<SourceRecord> next = source.next(); next.isPresent(); next = source.next()) {
                if (!next.get().malformed()) {
                    submissions.add(next.get().article().toSubmission());
                }
            }
        }
        return submissions;
    }
}
