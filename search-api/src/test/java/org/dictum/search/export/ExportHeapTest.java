package org.dictum.search.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Exports stream: 100,000 statements of about 1.5 KB each (some 150 MB of rows) go through the real
 * paging loop and writers in a JVM with a 48 MB heap (the {@code small-heap} surefire execution),
 * into a sink that only counts bytes and lines. Holding the rows, or the output, would not fit.
 */
@Tag("small-heap")
class ExportHeapTest {

    private static final int ROWS = 100_000;
    private static final int BATCH = 500;

    /** Counts bytes and line ends, keeping nothing. */
    private static final class CountingSink extends OutputStream {
        long bytes;
        long lines;

        @Override
        public void write(int b) {
            bytes++;
            if (b == '\n') {
                lines++;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    lines++;
                }
            }
        }
    }

    /** Batches generated on demand, like index pages: each forgotten once the consumer has written it. */
    private static HitBatches<StatementRow> generated(int rows) {
        String filler = "Talks will resume next week, the minister said on Saturday. ".repeat(20);
        return consumer -> {
            for (int start = 0; start < rows; start += BATCH) {
                List<StatementRow> batch = new ArrayList<>(BATCH);
                for (int id = start; id < Math.min(rows, start + BATCH); id++) {
                    batch.add(RowWritersTest.row(id, id + " " + filler));
                }
                if (!consumer.test(batch)) {
                    return;
                }
            }
        };
    }

    @Test
    void a_100000_row_csv_export_streams_in_a_small_heap() {
        CountingSink sink = new CountingSink();

        long written = RowStream.copy(generated(ROWS), ExportFormat.CSV.writer(StatementRow.COLUMNS, sink), ROWS);

        assertThat(written).isEqualTo(ROWS);
        assertThat(sink.lines).isEqualTo(ROWS + 1);
        assertThat(sink.bytes).isGreaterThan(Runtime.getRuntime().maxMemory() * 2);
    }

    @Test
    void a_100000_row_json_lines_export_streams_in_a_small_heap() {
        CountingSink sink = new CountingSink();

        long written = RowStream.copy(generated(ROWS), ExportFormat.JSONL.writer(StatementRow.COLUMNS, sink), ROWS);

        assertThat(written).isEqualTo(ROWS);
        assertThat(sink.lines).isEqualTo(ROWS);
        assertThat(sink.bytes).isGreaterThan(Runtime.getRuntime().maxMemory() * 2);
    }

    @Test
    void the_test_really_runs_with_a_small_heap() {
        assertThat(Runtime.getRuntime().maxMemory()).as("run through the small-heap surefire execution")
                .isLessThanOrEqualTo(64L * 1024 * 1024);
    }
}
