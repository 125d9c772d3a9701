package org.dictum.search.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    private static String written(List<String> header, List<?>... rows) {
        StringWriter out = new StringWriter();
        CsvTable table = CsvTable.writingTo(out, header);
        for (List<?> row : rows) {
            table.row(row);
        }
        table.flush();
        return out.toString();
    }

    @Test
    void rows_are_rfc_4180_with_crlf_quotes_doubled_and_nulls_empty() {
        String csv = written(List.of("a", "b", "c"), Arrays.asList("x, y", "say \"hi\"", null), List.of("line\nbreak", 7, true));

        assertThat(csv).isEqualTo("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\r\n\"line\nbreak\",7,true\r\n");
    }

    @Test
    void cells_a_spreadsheet_would_run_as_formulas_get_a_leading_apostrophe() throws Exception {
        String csv = written(List.of("v"), List.of("=HYPERLINK(\"http://evil\")"), List.of("+1"), List.of("-2"),
                List.of("@SUM(A1)"), List.of("\tTab"), List.of("\rReturn"), List.of("plain = text"));

        List<String> values = CSVFormat.RFC4180.parse(new StringReader(csv)).stream().skip(1).map(r -> r.get(0)).toList();
        assertThat(values).containsExactly("'=HYPERLINK(\"http://evil\")", "'+1", "'-2", "'@SUM(A1)", "'\tTab", "'\rReturn",
                "plain = text");
    }

    @Test
    void a_written_table_reads_back_unchanged_with_an_independent_parser() throws Exception {
        String csv = written(List.of("id", "text"), List.of(1, "Tälks, \"resumed\"\r\nnext day"), List.of(2, ""));

        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("text")).isEqualTo("Tälks, \"resumed\"\r\nnext day");
        assertThat(records.get(1).get("text")).isEmpty();
    }

    @Test
    void a_cell_longer_than_a_spreadsheet_cell_is_cut_to_the_limit_with_a_note_of_its_length() throws Exception {
        String atTheLimit = "a".repeat(CsvTable.MAX_CELL_CHARS);
        String longer = "=" + "b".repeat(39_999);
        String csv = written(List.of("text"), List.of(atTheLimit), List.of(longer));

        List<String> values = CSVFormat.RFC4180.parse(new StringReader(csv)).stream().skip(1).map(r -> r.get(0)).toList();
        assertThat(values.get(0)).isEqualTo(atTheLimit);
        assertThat(values.get(1)).hasSize(CsvTable.MAX_CELL_CHARS).startsWith("'=bbb")
                .endsWith("b [cut at the spreadsheet cell limit of 32767 characters; all 40001 are in the JSON Lines export]");
    }

    /** The two texts differ by one leading character, so one of them is cut inside a surrogate pair. */
    @Test
    void a_cut_never_splits_a_character_outside_the_basic_multilingual_plane() {
        String emoji = "\uD83D\uDE00".repeat(CsvTable.MAX_CELL_CHARS / 2 + 1);

        for (String text : List.of(emoji, "x" + emoji)) {
            String cut = CsvTable.withinCellLimit(text);

            assertThat(cut).hasSizeLessThanOrEqualTo(CsvTable.MAX_CELL_CHARS).endsWith("are in the JSON Lines export]");
            assertThat(cut.getBytes(java.nio.charset.StandardCharsets.UTF_8)).asString(java.nio.charset.StandardCharsets.UTF_8)
                    .as("no lone surrogate, which UTF-8 cannot encode").isEqualTo(cut);
        }
    }
}
