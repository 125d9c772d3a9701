package org.dictum.search.history;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.dictum.search.export.ExportFormat;
import org.junit.jupiter.api.Test;

class RevisionWritersTest {

    private static final RecordRevision EDIT = new RecordRevision(12, Instant.parse("2026-01-02T03:04:05Z"), "librarian",
            "Title had a \"typo\", fixed", "article", 5, "changed",
            List.of(new FieldChange("title", "Line one\nline two", "Tälks, resumed"), new FieldChange("url", null, "https://x.org")));
    private static final RecordRevision SILENT = new RecordRevision(13, Instant.parse("2026-01-02T03:04:06Z"), "system",
            null, "topic", 7, "changed", List.of());

    private static String written(ExportFormat format, RecordRevision... revisions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RevisionWriter writer = RevisionWriter.writingTo(format, out);
        for (RecordRevision revision : revisions) {
            writer.write(revision);
        }
        writer.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void csv_has_a_header_one_crlf_row_per_changed_field_and_quotes_what_rfc_4180_requires() {
        String csv = written(ExportFormat.CSV, EDIT, SILENT);

        assertThat(csv).isEqualTo(
                "revision,timestamp,user,reason,record,recordId,kind,field,before,after\r\n"
                + "12,2026-01-02T03:04:05Z,librarian,\"Title had a \"\"typo\"\", fixed\",article,5,changed,title,"
                + "\"Line one\nline two\",\"Tälks, resumed\"\r\n"
                + "12,2026-01-02T03:04:05Z,librarian,\"Title had a \"\"typo\"\", fixed\",article,5,changed,url,,https://x.org\r\n"
                + "13,2026-01-02T03:04:06Z,system,,topic,7,changed,,,\r\n");
    }

    @Test
    void csv_neutralises_values_a_spreadsheet_would_run_as_formulas() {
        RecordRevision hostile = new RecordRevision(14, Instant.parse("2026-01-02T03:04:07Z"), "librarian",
                "=HYPERLINK(\"http://evil\")", "article", 5, "changed", List.of(new FieldChange("title", "@SUM(A1)", "-1+2")));

        assertThat(written(ExportFormat.CSV, hostile)).endsWith(
                "14,2026-01-02T03:04:07Z,librarian,\"'=HYPERLINK(\"\"http://evil\"\")\",article,5,changed,title,'@SUM(A1),'-1+2\r\n");
    }

    @Test
    void json_lines_hold_one_object_per_revision_with_its_changes_and_explicit_nulls() {
        String[] lines = written(ExportFormat.JSONL, EDIT, SILENT).split("\n");

        assertThat(lines).hasSize(2);
        JsonObject first = Json.createReader(new StringReader(lines[0])).readObject();
        assertThat(first.getInt("revision")).isEqualTo(12);
        assertThat(first.getString("user")).isEqualTo("librarian");
        assertThat(first.getString("reason")).isEqualTo("Title had a \"typo\", fixed");
        assertThat(first.getString("record")).isEqualTo("article");
        assertThat(first.getInt("recordId")).isEqualTo(5);
        assertThat(first.getJsonArray("changes").getJsonObject(0).getString("before")).isEqualTo("Line one\nline two");
        assertThat(first.getJsonArray("changes").getJsonObject(1).isNull("before")).isTrue();
        JsonObject second = Json.createReader(new StringReader(lines[1])).readObject();
        assertThat(second.isNull("reason")).isTrue();
        assertThat(second.getJsonArray("changes")).isEmpty();
    }

    @Test
    void json_lines_escape_unicode_line_breaks_so_that_a_revision_stays_on_one_line() {
        RecordRevision renamed = new RecordRevision(15, Instant.parse("2026-01-02T03:04:08Z"), "librarian", "pasted\u2028twice",
                "actor", 9, "changed", List.of(new FieldChange("canonicalName", "A\u2029B", "A\u0085B")));

        String jsonl = written(ExportFormat.JSONL, renamed);

        assertThat(jsonl.split("\r\n|[\n\u2028\u2029\u0085]")).hasSize(1);
        assertThat(Json.createReader(new StringReader(jsonl)).readObject().getString("reason")).isEqualTo("pasted\u2028twice");
    }
}
