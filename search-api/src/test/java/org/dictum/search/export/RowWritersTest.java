package org.dictum.search.export;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class RowWritersTest {

    static StatementRow row(long id, String content) {
        return new StatementRow(id, 3, "Talks, resumed", "https://example.org/a", "Wire", Instant.parse("2022-01-09T00:00:00Z"),
                "en", "DIRECT_QUOTE", content, 10, 10 + content.length(), "the minister", 5L, "Sergei Lavrov", "PERSON",
                "said", LocalDate.parse("2022-01-08"), false, List.of("NATO", "Russia"), List.of("Diplomacy"), "VERIFIED",
                "EXTRACTOR", 0.75, "rules-1", null, null, "anna", Instant.parse("2022-01-10T10:00:00Z"), 2,
                "http://localhost/article.xhtml?id=3&span=10-20#cited");
    }

    private static String written(ExportFormat format, List<StatementRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RowWriter<StatementRow> writer = format.writer(StatementRow.COLUMNS, out);
        rows.forEach(writer::write);
        writer.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void csv_has_every_column_in_the_header_and_one_row_per_statement() throws Exception {
        String csv = written(ExportFormat.CSV, List.of(row(1, "We will \"not\" yield, ever"), row(2, "=1+1")));

        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records.get(0).getParser().getHeaderNames())
                .containsExactlyElementsOf(StatementRow.COLUMNS.stream().map(Column::name).toList());
        assertThat(records).hasSize(2);
        CSVRecord first = records.get(0);
        assertThat(first.get("content")).isEqualTo("We will \"not\" yield, ever");
        assertThat(first.get("mentionedActors")).isEqualTo("NATO; Russia");
        assertThat(first.get("publishedAt")).isEqualTo("2022-01-09T00:00:00Z");
        assertThat(first.get("statementDate")).isEqualTo("2022-01-08");
        assertThat(first.get("speakerActorId")).isEqualTo("5");
        assertThat(first.get("createdBy")).isEmpty();
        assertThat(records.get(1).get("content")).isEqualTo("'=1+1");
    }

    @Test
    void an_article_text_longer_than_a_spreadsheet_cell_is_cut_in_csv_and_whole_in_json_lines() throws Exception {
        String text = "Talks resumed. ".repeat(3_000);
        ArticleRow article = new ArticleRow(3, "Talks, resumed", null, "https://example.org/a", "Wire", "wire.example",
                Instant.parse("2022-01-09T00:00:00Z"), "en", "text/plain", List.of(), List.of(), 1, "ab12", Instant.EPOCH,
                0, "http://localhost/article.xhtml?id=3", text);

        CSVRecord csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(writtenArticle(ExportFormat.CSV, article))).getRecords().get(0);
        JsonObject line = Json.createReader(new StringReader(writtenArticle(ExportFormat.JSONL, article))).readObject();

        assertThat(csv.get("mainText")).hasSize(CsvTable.MAX_CELL_CHARS).startsWith("Talks resumed. Talks")
                .endsWith("all 45000 are in the JSON Lines export]");
        assertThat(csv.get("permalink")).isEqualTo("http://localhost/article.xhtml?id=3");
        assertThat(line.getString("mainText")).isEqualTo(text);
    }

    private static String writtenArticle(ExportFormat format, ArticleRow row) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RowWriter<ArticleRow> writer = format.writer(ArticleRow.COLUMNS, out);
        writer.write(row);
        writer.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void json_lines_keep_types_lists_and_explicit_nulls() {
        String[] lines = written(ExportFormat.JSONL, List.of(row(1, "Talks will resume"))).split("\n");

        assertThat(lines).hasSize(1);
        JsonObject line = Json.createReader(new StringReader(lines[0])).readObject();
        assertThat(line.keySet()).containsExactlyElementsOf(StatementRow.COLUMNS.stream().map(Column::name).toList());
        assertThat(line.getJsonNumber("id").longValue()).isEqualTo(1);
        assertThat(line.getJsonNumber("confidence").doubleValue()).isEqualTo(0.75);
        assertThat(line.getBoolean("statementDateInferred")).isFalse();
        assertThat(line.getJsonArray("topics").getString(0)).isEqualTo("Diplomacy");
        assertThat(line.isNull("createdBy")).isTrue();
        assertThat(line.getString("content")).isEqualTo("Talks will resume");
    }

    @Test
    void json_lines_escape_the_unicode_line_breaks_that_line_splitting_readers_break_rows_at() {
        String content = "one\u2028two\u2029three\u0085four \u05d0 \u200f";

        String jsonl = written(ExportFormat.JSONL, List.of(row(1, content), row(2, "next")));

        // Python's str.splitlines(), Java's BreakIterator and some editors end a line at these too
        assertThat(jsonl.split("\r\n|[\n\u2028\u2029\u0085]")).hasSize(2);
        assertThat(jsonl).contains("one\\u2028two\\u2029three\\u0085four");
        assertThat(Json.createReader(new StringReader(jsonl.lines().findFirst().orElseThrow())).readObject()
                .getString("content")).isEqualTo(content);
    }

    @Test
    void a_stream_stops_at_the_maximum_and_finishes_the_writer() {
        List<List<StatementRow>> batches = List.of(List.of(row(1, "a"), row(2, "b")), List.of(row(3, "c"), row(4, "d")),
                List.of(row(5, "e")));
        List<Long> written = new ArrayList<>();
        boolean[] finished = {false};
        int[] batchesRead = {0};
        RowWriter<StatementRow> writer = new RowWriter<>() {
            @Override
            public void write(StatementRow row) {
                written.add(row.id());
            }

            @Override
            public void finish() {
                finished[0] = true;
            }
        };

        long count = RowStream.copy(consumer -> {
            for (List<StatementRow> batch : batches) {
                batchesRead[0]++;
                if (!consumer.test(batch)) {
                    return;
                }
            }
        }, writer, 3);

        assertThat(count).isEqualTo(3);
        assertThat(written).containsExactly(1L, 2L, 3L);
        assertThat(batchesRead[0]).isEqualTo(2);
        assertThat(finished[0]).isTrue();
    }
}
