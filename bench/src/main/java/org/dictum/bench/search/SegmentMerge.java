package org.dictum.bench.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * An experiment, not part of the benchmark proper: merges the statement index into one segment,
 * what the mass indexer's {@code mergeSegmentsOnFinish(true)} would leave. Hibernate Search counts a
 * keyword facet through a map of ordinals across segments that it builds for every search; with
 * one segment there is nothing to map. Run only while the server is stopped.
 */
final class SegmentMerge {

    private SegmentMerge() {
    }

    static void mergeStatementIndex(Path dataDir) throws IOException {
        Path index = dataDir.resolve("index").resolve("statement");
        try (Directory directory = FSDirectory.open(index)) {
            int before;
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                before = reader.leaves().size();
            }
            long started = System.nanoTime();
            // OpenMode.APPEND: never create; the codec is the default of the server's Lucene version.
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(null)
                    .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
                writer.forceMerge(1);
                writer.commit();
            }
            System.out.printf(Locale.ROOT, "merge-segments: %s from %d segments to 1 in %.1f s%n", index, before,
                    (System.nanoTime() - started) / 1e9);
        }
    }
}
