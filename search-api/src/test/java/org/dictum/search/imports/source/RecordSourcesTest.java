package org.dictum.search.imports.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.imports.ImportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class RecordSourcesTest {

    /** What POST /api/articles accepts, the default of dictum.import.max-record-bytes. */
    private static final RecordLimit LIMIT = new RecordLimit(10 * 1024 * 1024);

    @TempDir
    Path dir;

    private static List<SourceRecord> all(RecordSource source) {
        List<SourceRecord> records = new ArrayList<>();
        try (source) {
            Optional<SourceRecord> next;
            while ((next = source.next()).isPresent()) {
                records.add(next.get());
            }
        }
        return records;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void json_lines_yield_articles_and_malformed_lines_as_records_with_line_locators() throws IOException {
        Path file = write("a.jsonl", """
                {"title":"One","text":"First text.","topics":["Trade"],"publishedAt":"2024-01-02"}

                {"title": broken
                ["not", "an", "object"]
                {"html":"<p>Second</p>","url":"https://example.org/2","actors":"not a list"}
                {"html":"<p>Third</p>","url":"https://example.org/3"}
                """);

        List<SourceRecord> records = all(RecordSources.open(ImportFormat.JSONL, file, FieldMapping.identity(), LIMIT, 0));

        assertThat(records).extracting(SourceRecord::number).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(records).extracting(SourceRecord::locator).containsExactly("line 1", "line 3", "line 4", "line 5", "line 6");
        assertThat(records.get(0).article().title()).isEqualTo("One");
        assertThat(records.get(0).article().topics()).containsExactly("Trade");
        assertThat(records.get(0).article().publishedAt()).isEqualTo("2024-01-02");
        assertThat(records.get(1).problem()).startsWith("not valid JSON");
        assertThat(records.get(2).problem()).contains("not a JSON object");
        assertThat(records.get(3).problem()).contains("'actors' must be an array of strings");
        assertThat(records.get(4).article().html()).isEqualTo("<p>Third</p>");
        assertThat(RecordSources.count(ImportFormat.JSONL, file, FieldMapping.identity(), LIMIT)).isEqualTo(5);
    }

    @Test
    void a_json_lines_record_of_the_wrong_kind_is_told_in_the_words_the_api_uses() throws IOException {
        Path file = write("kinds.jsonl", """
                ["not", "an", "object"]
                {"title":{"main":"Nested"},"text":"Text."}
                """);

        List<SourceRecord> records = all(RecordSources.open(ImportFormat.JSONL, file, FieldMapping.identity(), LIMIT, 0));

        assertThat(records.get(0).problem()).isEqualTo("not a JSON object but an array");
        assertThat(records.get(1).problem()).contains("field 'title' must be a string, not an object");
    }

    @Test
    void a_json_lines_record_with_text_after_its_object_or_a_key_twice_is_malformed_not_cut_short() throws IOException {
        Path file = write("trailing.jsonl", """
                {"url":"https://tg.example.com/1","text":"One."} {"url":"https://tg.example.com/2","text":"Two."}
                {"url":"https://tg.example.com/3","text":"Three."}garbage
                {"url":"https://tg.example.com/4","text":"Four.","text":"Other."}
                {"url":"https://tg.example.com/5","text":"Five."}
                """);

        List<SourceRecord> records = all(RecordSources.open(ImportFormat.JSONL, file, FieldMapping.identity(), LIMIT, 0));

        assertThat(records).extracting(SourceRecord::locator).containsExactly("line 1", "line 2", "line 3", "line 4");
        assertThat(records.get(0).problem()).contains("unexpected text after the JSON value");
        assertThat(records.get(1).problem()).contains("unexpected text after the JSON value");
        assertThat(records.get(2).problem()).contains("the key \"text\" appears twice");
        assertThat(records.get(3).article().url()).isEqualTo("https://tg.example.com/5");
    }

    @Test
    void a_json_lines_line_over_the_record_limit_is_a_failed_record_saying_its_size_and_the_limit() throws IOException {
        String huge = "{\"text\":\"" + "Words of a very long story. ".repeat(2_000) + "\"}";
        Path file = write("huge.jsonl", "{\"text\":\"Before.\"}\n" + huge + "\n{\"text\":\"After.\"}\n");
        RecordLimit limit = new RecordLimit(10_000);

        List<SourceRecord> records = all(RecordSources.open(ImportFormat.JSONL, file, FieldMapping.identity(), limit, 0));

        assertThat(records).extracting(SourceRecord::locator).containsExactly("line 1", "line 2", "line 3");
        assertThat(records.get(1).problem()).isEqualTo(String.format(java.util.Locale.ROOT,
                "the line holds %,d bytes, over the limit of 10,000 bytes a record may hold (dictum.import.max-record-bytes)",
                huge.length()));
        assertThat(records.get(2).article().text()).isEqualTo("After.");
        assertThat(RecordSources.count(ImportFormat.JSONL, file, FieldMapping.identity(), limit)).isEqualTo(3);
        assertThat(all(RecordSources.open(ImportFormat.JSONL, file, FieldMapping.identity(), limit, 2)))
                .singleElement().extracting(record -> record.article().text()).isEqualTo("After.");
    }

    @Test
    void json_lines_end_with_crlf_or_a_lone_cr_and_a_line_exactly_at_the_limit_is_read() throws IOException {
        String exact = "{\"text\":\"Caf\u00e9 prices rose.\"}";
        Path file = Files.write(dir.resolve("crlf.jsonl"), ("\uFEFF{\"text\":\"One.\"}\r\n\r\n{\"text\":\"Two.\"}\r" + exact)
                .getBytes(StandardCharsets.UTF_8));
        RecordLimit limit = new RecordLimit(exact.getBytes(StandardCharsets.UTF_8).length);

        List<SourceRecord> records = all(RecordSources.open(ImportFormat.JSONL, file, FieldMapping.identity(), limit, 0));

        assertThat(records).extracting(SourceRecord::locator).containsExactly("line 1", "line 3", "line 4");
        assertThat(records).extracting(record -> record.article().text()).containsExactly("One.", "Two.", "Caf\u00e9 prices rose.");
    }

    @Test
    void json_lines_joined_from_files_with_a_byte_order_mark_each_read_every_line() throws IOException {
        Path file = write("joined.jsonl", "\uFEFF{\"text\":\"One.\"}\r\n\uFEFF{\"text\":\"Two.\"}\r\n\uFEFF\r\n\uFEFF{\"text\":\"Three.\"}\r\n");

        List<SourceRecord> records = all(RecordSources.open(ImportFormat.JSONL, file, FieldMapping.identity(), LIMIT, 0));

        assertThat(records).extracting(record -> record.malformed() ? record.problem() : record.article().text())
                .containsExactly("One.", "Two.", "Three.");
        assertThat(records).extracting(SourceRecord::locator).containsExactly("line 1", "line 2", "line 4");
    }

    @Test
    void a_json_lines_or_csv_record_holding_a_nul_character_or_binary_text_is_a_failed_record() throws IOException {
        Path lines = write("nul.jsonl", """
                {"title":"Fine","text":"Good harvest, farmers said."}
                {"title":"Nul","text":"Good\\u0000harvest."}
                {"title":"Bad\\u0000title","text":"Good harvest, farmers said."}
                {"title":"Controls","html":"\\u0001\\u0002\\u0003<p>x</p>"}
                """);
        assertThat(all(RecordSources.open(ImportFormat.JSONL, lines, FieldMapping.identity(), LIMIT, 0)))
                .extracting(record -> record.malformed() ? record.problem() : "stored")
                .containsExactly("stored",
                        "field 'text' is not text but binary content (it holds NUL bytes at character 5)",
                        "field 'title' holds a NUL character (\\u0000), which cannot be stored",
                        "field 'html' is not text but binary content (3 of 11 characters are control characters or bytes that cannot be decoded)");

        Path csv = write("nul.csv", "title,text\r\nNul,Good\u0000harvest.\r\nFine,Good harvest.\r\n");
        assertThat(all(RecordSources.open(ImportFormat.CSV, csv, FieldMapping.identity(), LIMIT, 0)))
                .extracting(record -> record.malformed() ? record.problem() : "stored")
                .containsExactly("field 'text' is not text but binary content (it holds NUL bytes at character 5)", "stored");
    }

    @Test
    void a_source_opened_at_a_position_continues_after_it() throws IOException {
        Path file = write("b.jsonl", "{\"text\":\"a\"}\n\n{\"text\":\"b\"}\n{\"text\":\"c\"}\n");

        List<SourceRecord> rest = all(RecordSources.open(ImportFormat.JSONL, file, FieldMapping.identity(), LIMIT, 2));

        assertThat(rest).singleElement().satisfies(record -> {
            assertThat(record.number()).isEqualTo(3);
            assertThat(record.locator()).isEqualTo("line 4");
            assertThat(record.article().text()).isEqualTo("c");
        });
        assertThatThrownBy(() -> RecordSources.open(ImportFormat.JSONL, file, FieldMapping.identity(), LIMIT, 4))
                .isInstanceOf(ImportSourceException.class).hasMessageContaining("fewer than the 4 already imported");
    }

    @Test
    void json_lines_keys_follow_the_mapping() throws IOException {
        Path file = write("reuters.jsonl", "{\"body\":\"Cocoa rose.\",\"date\":\"1987-02-26T15:01:01\",\"title\":\"COCOA\"}\n");

        SourceRecord record = all(RecordSources.open(ImportFormat.JSONL, file,
                FieldMapping.parse("text=body, publishedAt=date"), LIMIT, 0)).get(0);

        assertThat(record.article().text()).isEqualTo("Cocoa rose.");
        assertThat(record.article().publishedAt()).isEqualTo("1987-02-26T15:01:01");
        assertThat(record.article().title()).isEqualTo("COCOA");
    }

    @Test
    void csv_columns_follow_the_header_mapping_and_ragged_rows_are_malformed() throws IOException {
        Path file = write("c.csv", "headline,body,link,tags\r\n"
                + "Harvest,\"Good, farmers said.\",https://example.org/h,Agriculture; Weather\r\n"
                + "Ragged,too few\r\n"
                + "Quoted,\"He said \"\"no\"\".\",,\r\n");

        List<SourceRecord> records = all(RecordSources.open(ImportFormat.CSV, file,
                FieldMapping.parse("title=headline,text=body,url=link,topics=tags"), LIMIT, 0));

        assertThat(records).extracting(SourceRecord::locator).containsExactly("row 1", "row 2", "row 3");
        assertThat(records.get(0).article().text()).isEqualTo("Good, farmers said.");
        assertThat(records.get(0).article().url()).isEqualTo("https://example.org/h");
        assertThat(records.get(0).article().topics()).containsExactly("Agriculture", "Weather");
        assertThat(records.get(1).problem()).isEqualTo("has 2 values, the header names 4 columns");
        assertThat(records.get(2).article().text()).isEqualTo("He said \"no\".");
        assertThat(records.get(2).article().url()).as("an empty cell is absent").isNull();
        assertThat(records.get(2).article().topics()).isNull();
    }

    @Test
    void a_byte_order_mark_at_the_start_of_a_csv_or_json_lines_file_is_not_read_as_text() throws IOException {
        Path titleFirst = write("excel.csv", "\uFEFFtitle,text,url\r\nHarvest,Good harvest.,https://example.org/h\r\n");
        Path textFirst = write("excel2.csv", "\uFEFFtext,title\r\nGood harvest.,Harvest\r\n");
        Path lines = write("bom.jsonl", "\uFEFF{\"text\":\"Good harvest.\",\"title\":\"Harvest\"}\n");

        for (SourceRecord record : List.of(all(RecordSources.open(ImportFormat.CSV, titleFirst, FieldMapping.identity(), LIMIT, 0)).get(0),
                all(RecordSources.open(ImportFormat.CSV, textFirst, FieldMapping.identity(), LIMIT, 0)).get(0),
                all(RecordSources.open(ImportFormat.JSONL, lines, FieldMapping.identity(), LIMIT, 0)).get(0))) {
            assertThat(record.problem()).as(record.locator()).isNull();
            assertThat(record.article().title()).as(record.locator()).isEqualTo("Harvest");
            assertThat(record.article().text()).as(record.locator()).isEqualTo("Good harvest.");
        }
    }

    @Test
    void a_csv_without_the_content_column_cannot_be_imported() throws IOException {
        Path file = write("d.csv", "headline,link\r\nA,B\r\n");

        assertThatThrownBy(() -> RecordSources.open(ImportFormat.CSV, file, FieldMapping.identity(), LIMIT, 0))
                .isInstanceOf(ImportSourceException.class)
                .hasMessageContaining("neither the column 'text' nor 'html'");
    }

    @Test
    void a_csv_without_a_column_the_mapping_names_cannot_be_imported_rather_than_losing_that_field_in_every_row()
            throws IOException {
        Path file = write("m.csv", "headline,body,Date\r\nHarvest,Good harvest.,2024-01-02\r\n");

        assertThatThrownBy(() -> RecordSources.open(ImportFormat.CSV, file,
                FieldMapping.parse("title=headlne,text=body,publishedAt=date"), LIMIT, 0))
                .isInstanceOf(ImportSourceException.class)
                .hasMessageContaining("does not have: title=headlne, publishedAt=date");
        assertThat(all(RecordSources.open(ImportFormat.CSV, file, FieldMapping.parse("title=headline,text=body"), LIMIT, 0)))
                .extracting(record -> record.article().title()).containsExactly("Harvest");
    }

    @Test
    void a_csv_separated_by_semicolons_is_refused_with_a_word_on_its_separator() throws IOException {
        Path file = write("semi.csv", "title;text\r\nHarvest;Good harvest.\r\n");

        assertThatThrownBy(() -> RecordSources.open(ImportFormat.CSV, file, FieldMapping.identity(), LIMIT, 0))
                .isInstanceOf(ImportSourceException.class)
                .hasMessageContaining("neither the column 'text' nor 'html'")
                .hasMessageContaining("the file seems separated by ';'");
    }

    @Test
    void a_csv_quote_never_closed_is_named_by_the_line_it_opens_on() throws IOException {
        Path file = write("open.csv", "title,text\r\nA,\"One, she said.\nTwo.\"\r\nB,\"never closed\r\nC,more\r\n");

        List<SourceRecord> records = new ArrayList<>();
        try (RecordSource source = RecordSources.open(ImportFormat.CSV, file, FieldMapping.identity(), LIMIT, 0)) {
            assertThatThrownBy(() -> readInto(source, records)).isInstanceOf(ImportSourceException.class)
                    .hasMessageStartingWith("The CSV cannot be read on: the quoted value that begins on line 4 is never closed")
                    .hasMessageNotContaining("Exception");
        }
        assertThat(records).extracting(SourceRecord::locator).containsExactly("row 1");
    }

    @Test
    void csv_columns_without_a_name_are_not_read_and_a_column_read_named_twice_fails_the_source() throws IOException {
        Path trailing = write("trailing.csv", "title,text,,\r\nHarvest,Good harvest.,,\r\n");
        assertThat(all(RecordSources.open(ImportFormat.CSV, trailing, FieldMapping.identity(), LIMIT, 0)))
                .singleElement().extracting(record -> record.article().text()).isEqualTo("Good harvest.");

        Path twice = write("twice.csv", "title,text,notes,text,notes\r\nHarvest,Good harvest.,a,Other words.,b\r\n");
        assertThatThrownBy(() -> RecordSources.open(ImportFormat.CSV, twice, FieldMapping.identity(), LIMIT, 0))
                .isInstanceOf(ImportSourceException.class)
                .hasMessage("The CSV header names the column 'text' twice (columns 2 and 4): rename one of them, so that it is"
                        + " clear which one the field is read from");
        Path unread = write("unread.csv", "title,body,notes,notes\r\nHarvest,Good harvest.,a,b\r\n");
        assertThat(all(RecordSources.open(ImportFormat.CSV, unread, FieldMapping.parse("text=body"), LIMIT, 0)))
                .as("a column named twice that no field is read from does no harm")
                .singleElement().extracting(record -> record.article().text()).isEqualTo("Good harvest.");
    }

    @Test
    void a_csv_quote_never_closed_fails_the_source_once_its_row_runs_on_past_twice_the_limit_not_at_the_end_of_the_file()
            throws IOException {
        RecordLimit limit = new RecordLimit(10_000);
        Path file = write("runs-on.csv", "title,text\r\nFine,Good harvest.\r\nOpen,\"never closed\r\n"
                + "Row,Words she said.\r\n".repeat(20_000));

        List<SourceRecord> records = new ArrayList<>();
        try (RecordSource source = RecordSources.open(ImportFormat.CSV, file, FieldMapping.identity(), limit, 0)) {
            assertThatThrownBy(() -> readInto(source, records)).isInstanceOf(ImportSourceException.class)
                    .hasMessage("The CSV cannot be read on: the row after line 2 runs on for more than 2 times the limit of a"
                            + " record (10,000 bytes, dictum.import.max-record-bytes): is a quoted value in it never closed"
                            + " (a \" missing at its end, or a \" inside it not doubled as \"\")?");
        }
        assertThat(records).extracting(SourceRecord::locator).containsExactly("row 1");

        Path header = write("open-header.csv", "title,\"text\r\n" + "Row,Words.\r\n".repeat(20_000));
        assertThatThrownBy(() -> RecordSources.open(ImportFormat.CSV, header, FieldMapping.identity(), limit, 0))
                .isInstanceOf(ImportSourceException.class).hasMessageStartingWith("The CSV cannot be read on: the header row runs on");
    }

    @Test
    void a_mapping_names_known_fields_only() {
        assertThatThrownBy(() -> FieldMapping.parse("body=text")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Unknown article field 'body'");
        assertThatThrownBy(() -> FieldMapping.parse("text")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("field=column");
    }

    @Test
    void a_zip_yields_its_html_and_text_files_in_archive_order() throws IOException {
        Path zip = dir.resolve("e.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            for (String[] entry : new String[][] {{"b/page.html", "<html><body><p>Héllo</p></body></html>"},
                    {"a/notes.txt", "Plain words."}, {"a/image.png", "PNG"}, {"c/empty.htm", ""}}) {
                entries.putNextEntry(new ZipEntry(entry[0]));
                entries.write(entry[1].getBytes(StandardCharsets.UTF_8));
                entries.closeEntry();
            }
        }

        List<SourceRecord> records = all(RecordSources.open(ImportFormat.FILES, zip, FieldMapping.identity(), LIMIT, 0));

        assertThat(records).extracting(SourceRecord::locator).containsExactly("b/page.html", "a/notes.txt", "c/empty.htm");
        assertThat(records.get(0).article().html()).contains("Héllo");
        assertThat(records.get(1).article().text()).isEqualTo("Plain words.");
        assertThat(records.get(2).problem()).isEqualTo("empty file");
        assertThat(all(RecordSources.open(ImportFormat.FILES, zip, FieldMapping.identity(), LIMIT, 2)))
                .extracting(SourceRecord::locator).containsExactly("c/empty.htm");
    }

    @Test
    void a_json_array_imported_as_json_lines_fails_saying_so_rather_than_failing_every_line() throws IOException {
        Path array = write("export.jsonl", "\uFEFF\n  [\n  {\"text\":\"Good harvest, farmers said.\"},\n  {\"text\":\"Bad harvest.\"}\n]\n");

        assertThatThrownBy(() -> all(RecordSources.open(ImportFormat.JSONL, array, FieldMapping.identity(), LIMIT, 0)))
                .isInstanceOf(ImportSourceException.class)
                .hasMessageStartingWith("export.jsonl holds a JSON array, not JSON Lines: JSON Lines has one object per line");
        Path lines = write("lines.jsonl", "\n{\"text\":\"Good harvest, farmers said.\"}\n[\"an array line\"]\n");
        assertThat(all(RecordSources.open(ImportFormat.JSONL, lines, FieldMapping.identity(), LIMIT, 0)))
                .extracting(SourceRecord::malformed).containsExactly(false, true);
    }

    @Test
    void a_file_that_is_no_warc_fails_saying_so_not_blaming_a_record_length() throws IOException {
        Path gzip = dir.resolve("feed.warc.gz");
        try (OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gzip))) {
            out.write("{\"text\":\"Good harvest, farmers said.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Path text = write("notes.warc", "Good harvest, farmers said.\n");

        assertThatThrownBy(() -> RecordSources.count(ImportFormat.WARC, gzip, FieldMapping.identity(), LIMIT))
                .isInstanceOf(ImportSourceException.class)
                .hasMessageStartingWith("feed.warc.gz is not a WARC file: it does not begin with a WARC record (WARC/1.0 or"
                        + " WARC/1.1), though it is gzip-compressed: it holds JSON text; format warc reads")
                .hasMessageNotContaining("Content-Length");
        assertThatThrownBy(() -> all(RecordSources.open(ImportFormat.WARC, text, FieldMapping.identity(), LIMIT, 0)))
                .isInstanceOf(ImportSourceException.class)
                .hasMessageStartingWith("notes.warc is not a WARC file: it does not begin with a WARC record (WARC/1.0 or"
                        + " WARC/1.1); format warc reads");
    }

    /** What {@code source} says it holds instead of records, once it ended before its first. */
    private static String nothingIn(RecordSource source) {
        try (source) {
            assertThat(source.next()).isEmpty();
            return source.nothingToImport();
        }
    }

    @Test
    void a_json_lines_file_of_blank_lines_or_a_csv_of_its_header_alone_counts_0_records_and_says_it_holds_none()
            throws IOException {
        Path blank = write("blank.jsonl", "\uFEFF\n   \r\n\t\n");
        assertThat(RecordSources.count(ImportFormat.JSONL, blank, FieldMapping.identity(), LIMIT)).isZero();
        assertThat(nothingIn(RecordSources.open(ImportFormat.JSONL, blank, FieldMapping.identity(), LIMIT, 0)))
                .isEqualTo("blank.jsonl holds no records: it has only blank lines; JSON Lines has one JSON object per line");
        Path header = write("header.csv", "title, text\r\n\r\n");
        assertThat(RecordSources.count(ImportFormat.CSV, header, FieldMapping.identity(), LIMIT))
                .as("a header alone is 0 records, counted like any other number").isZero();
        assertThat(nothingIn(RecordSources.open(ImportFormat.CSV, header, FieldMapping.identity(), LIMIT, 0)))
                .isEqualTo("header.csv holds no records: it has only its header row [title, text], no row after it");

        Path one = write("one.csv", "title,text\r\nHarvest,Good harvest.\r\n");
        assertThat(all(RecordSources.open(ImportFormat.CSV, one, FieldMapping.identity(), LIMIT, 1)))
                .as("a resumed import past the last row reads to the end quietly").isEmpty();
        Path line = write("one.jsonl", "{\"text\":\"Good harvest.\"}\n\n");
        assertThat(all(RecordSources.open(ImportFormat.JSONL, line, FieldMapping.identity(), LIMIT, 1))).isEmpty();
    }

    @Test
    void a_zip_or_directory_without_article_files_says_what_it_holds_rather_than_completing_with_nothing_read()
            throws IOException {
        Path pdfs = dir.resolve("scans.zip");
        try (ZipOutputStream entries = new ZipOutputStream(Files.newOutputStream(pdfs))) {
            entries.putNextEntry(new ZipEntry("2024/"));
            entries.putNextEntry(new ZipEntry("2024/front-page.pdf"));
            entries.write("%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
            entries.putNextEntry(new ZipEntry("2024/inner.zip"));
            entries.closeEntry();
        }
        Path empty = Files.createDirectories(dir.resolve("nothing"));

        assertThat(RecordSources.count(ImportFormat.FILES, pdfs, FieldMapping.identity(), LIMIT)).isZero();
        assertThat(nothingIn(RecordSources.open(ImportFormat.FILES, pdfs, FieldMapping.identity(), LIMIT, 0)))
                .isEqualTo("scans.zip holds no .html, .htm or .txt file (it holds other files, such as 2024/front-page.pdf):"
                        + " format files imports one article from each such file");
        assertThat(nothingIn(RecordSources.open(ImportFormat.FILES, empty, FieldMapping.identity(), LIMIT, 0)))
                .isEqualTo("nothing holds no .html, .htm or .txt file: format files imports one article from each such file");
    }

    @Test
    void spaces_after_the_commas_of_a_csv_are_no_part_of_its_column_names_or_values() throws IOException {
        Path csv = write("spaced.csv", "title, text, topics\r\nHarvest, \"Good harvest, farmers said.\" , Farming;Trade\r\n");

        assertThat(all(RecordSources.open(ImportFormat.CSV, csv, FieldMapping.identity(), LIMIT, 0)))
                .extracting(record -> record.article().title(), record -> record.article().text(), record -> record.article().topics())
                .containsExactly(tuple("Harvest", "Good harvest, farmers said.", List.of("Farming", "Trade")));
    }

    @Test
    void a_csv_whose_content_column_differs_only_in_case_is_told_the_mapping_that_reads_it() throws IOException {
        Path csv = write("capitals.csv", "Title,Text\r\nHarvest,Good harvest.\r\n");

        assertThatThrownBy(() -> RecordSources.open(ImportFormat.CSV, csv, FieldMapping.identity(), LIMIT, 0))
                .isInstanceOf(ImportSourceException.class)
                .hasMessageEndingWith("name the content column with a mapping such as text=Text (column names are matched"
                        + " exactly, upper and lower case included)");
        assertThat(all(RecordSources.open(ImportFormat.CSV, csv, FieldMapping.parse("text=Text,title=Title"), LIMIT, 0)))
                .extracting(record -> record.article().text()).containsExactly("Good harvest.");
    }

    @Test
    void a_file_that_is_no_zip_imported_as_files_fails_saying_so_rather_than_yielding_nothing() throws IOException {
        Path lines = write("feed.zip", "{\"text\":\"Good harvest, farmers said.\"}\n");
        Path empty = dir.resolve("empty.zip");
        try (ZipOutputStream entries = new ZipOutputStream(Files.newOutputStream(empty))) {
            entries.setComment("an archive without entries is still one");
        }

        assertThatThrownBy(() -> RecordSources.open(ImportFormat.FILES, lines, FieldMapping.identity(), LIMIT, 0))
                .isInstanceOf(ImportSourceException.class)
                .hasMessage("feed.zip is not a ZIP archive: format files reads a ZIP of .html, .htm and .txt files, or a server directory");
        assertThatThrownBy(() -> RecordSources.count(ImportFormat.FILES, lines, FieldMapping.identity(), LIMIT))
                .isInstanceOf(ImportSourceException.class);
        assertThat(RecordSources.count(ImportFormat.FILES, empty, FieldMapping.identity(), LIMIT)).isZero();
    }

    @Test
    void a_zip_from_windows_with_names_in_its_code_page_is_read_not_failed() throws IOException {
        Path zip = dir.resolve("windows.zip");
        try (OutputStream out = Files.newOutputStream(zip);
             ZipOutputStream entries = new ZipOutputStream(out, java.nio.charset.Charset.forName("IBM437"))) {
            for (String name : List.of("\u00dcber die Ernte.txt", "Caf\u00e9/r\u00e9colte.html")) {
                entries.putNextEntry(new ZipEntry(name));
                entries.write("<p>The harvest was good, farmers said.</p>".getBytes(StandardCharsets.UTF_8));
                entries.closeEntry();
            }
        }

        assertThat(all(RecordSources.open(ImportFormat.FILES, zip, FieldMapping.identity(), LIMIT, 0)))
                .extracting(SourceRecord::locator, SourceRecord::malformed)
                .containsExactly(tuple("\u00dcber die Ernte.txt", false), tuple("Caf\u00e9/r\u00e9colte.html", false));
    }

    @Test
    void macos_resource_forks_in_a_zip_or_directory_are_passed_over_like_other_files() throws IOException {
        Path zip = dir.resolve("mac.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            for (String name : List.of("a/one.html", "__MACOSX/a/._one.html", "a/._two.txt", "b/two.txt")) {
                entries.putNextEntry(new ZipEntry(name));
                entries.write("<p>Words, she said.</p>".getBytes(StandardCharsets.UTF_8));
                entries.closeEntry();
            }
        }
        assertThat(all(RecordSources.open(ImportFormat.FILES, zip, FieldMapping.identity(), LIMIT, 0)))
                .extracting(SourceRecord::number, SourceRecord::locator)
                .containsExactly(tuple(1L, "a/one.html"), tuple(2L, "b/two.txt"));
        assertThat(RecordSources.count(ImportFormat.FILES, zip, FieldMapping.identity(), LIMIT)).isEqualTo(2);

        Path tree = Files.createDirectories(dir.resolve("mac/__MACOSX/x"));
        Files.writeString(tree.resolve("a.html"), "fork");
        Files.writeString(dir.resolve("mac/._b.html"), "fork");
        Files.writeString(dir.resolve("mac/b.html"), "<p>B</p>");
        assertThat(all(RecordSources.open(ImportFormat.FILES, dir.resolve("mac"), FieldMapping.identity(), LIMIT, 0)))
                .extracting(SourceRecord::locator).containsExactly("b.html");
    }

    @Test
    void a_file_that_is_not_text_is_a_failed_record_not_an_article() throws IOException {
        Path tree = Files.createDirectories(dir.resolve("binary"));
        byte[] random = new byte[3000];
        new java.util.Random(7).nextBytes(random);
        Files.write(tree.resolve("binary.html"), random);
        byte[] controls = "Plain words\u0001\u0002\u0003 and \u0007\u0008 more".getBytes(StandardCharsets.UTF_8);
        Files.write(tree.resolve("controls.txt"), controls);
        byte[] latin1 = "Caf\u00e9 \u00e0 la cr\u00e8me, b\u00e2ton".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(tree.resolve("latin1.txt"), latin1);
        Files.writeString(tree.resolve("ok.txt"), "Fine words,\ton two\r\nlines.\f");

        List<SourceRecord> records = all(RecordSources.open(ImportFormat.FILES, tree, FieldMapping.identity(), LIMIT, 0));

        assertThat(records).extracting(SourceRecord::locator)
                .containsExactly("binary.html", "controls.txt", "latin1.txt", "ok.txt");
        assertThat(records.get(0).problem()).startsWith("not text but binary content");
        assertThat(records.get(1).problem()).contains("5 of 26 characters are control characters");
        assertThat(records.get(2).problem()).startsWith("not UTF-8 text: line 1 (byte 4, 0xE9) is not UTF-8");
        assertThat(records.get(3).article().text()).startsWith("Fine words");
    }

    @Test
    void a_text_file_that_is_not_utf8_is_a_failed_record_naming_its_first_bad_byte_not_stored_with_replacement_characters()
            throws IOException {
        String story = "The harvest was good, farmers said on Monday.\n".repeat(200) + "Prices at the caf\u00e9 rose.\n";
        Path zip = dir.resolve("latin1.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            entries.putNextEntry(new ZipEntry("latin1.txt"));
            entries.write(story.getBytes(StandardCharsets.ISO_8859_1));
            entries.putNextEntry(new ZipEntry("bom.txt"));
            entries.write(("\uFEFF" + story).getBytes(StandardCharsets.UTF_8));
            entries.putNextEntry(new ZipEntry("notepad.txt"));
            entries.write(story.getBytes(StandardCharsets.UTF_16));
            entries.closeEntry();
        }

        List<SourceRecord> records = all(RecordSources.open(ImportFormat.FILES, zip, FieldMapping.identity(), LIMIT, 0));

        int bad = story.indexOf('\u00e9') + 1;
        assertThat(records.get(0).problem()).isEqualTo("not UTF-8 text: line 201 (byte " + bad + ", 0xE9) is not UTF-8, and no"
                + " charset is declared; save it as UTF-8 (it may be Latin-1, Windows-1252 or another legacy encoding) and import it again");
        assertThat(records.get(1).article().text()).as("a byte order mark is not text").isEqualTo(story);
        assertThat(records.get(2).article().text()).as("UTF-16 with its byte order mark").isEqualTo(story);

        Path warc = dir.resolve("text.warc");
        try (WarcWriter writer = new WarcWriter(warc)) {
            HttpResponse undeclared = new HttpResponse.Builder(200, "OK").body(MediaType.PLAIN_TEXT,
                    story.getBytes(StandardCharsets.ISO_8859_1)).build();
            writer.write(new WarcResponse.Builder(URI.create("https://example.org/latin1")).body(undeclared).build());
            HttpResponse declared = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/plain; charset=windows-1252"),
                    story.getBytes(StandardCharsets.ISO_8859_1)).build();
            writer.write(new WarcResponse.Builder(URI.create("https://example.org/declared")).body(declared).build());
            HttpResponse misdeclared = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/plain; charset=utf-8"),
                    story.getBytes(StandardCharsets.ISO_8859_1)).build();
            writer.write(new WarcResponse.Builder(URI.create("https://example.org/misdeclared")).body(misdeclared).build());
        }
        List<SourceRecord> pages = all(RecordSources.open(ImportFormat.WARC, warc, FieldMapping.identity(), LIMIT, 0));
        assertThat(pages.get(0).problem()).startsWith("not UTF-8 text: line 201 (byte " + bad + ", 0xE9) is not UTF-8,"
                + " and no charset is declared;");
        assertThat(pages.get(1).article().text()).isEqualTo(story);
        assertThat(pages.get(2).problem()).startsWith("not UTF-8 text: line 201 (byte " + bad + ", 0xE9) is not UTF-8,"
                + " though its header declares UTF-8;");
    }

    @Test
    void a_directory_yields_its_files_in_path_order() throws IOException {
        Path tree = Files.createDirectories(dir.resolve("tree/sub"));
        Files.writeString(tree.resolve("z.txt"), "Zed.");
        Files.writeString(dir.resolve("tree/a.html"), "<p>A</p>");
        Files.writeString(dir.resolve("tree/readme.md"), "not imported");

        assertThat(all(RecordSources.open(ImportFormat.FILES, dir.resolve("tree"), FieldMapping.identity(), LIMIT, 0)))
                .extracting(SourceRecord::locator).containsExactly("a.html", "sub/z.txt");
    }

    @Test
    void files_passed_over_when_counting_or_resuming_are_not_read() throws IOException {
        Path tree = Files.createDirectories(dir.resolve("resumed"));
        for (String name : List.of("a.txt", "b.txt", "c.html")) {
            Files.writeString(tree.resolve(name), "Text of " + name);
        }

        try (FileTreeSource source = FileTreeSource.open(tree, null, LIMIT)) {
            Files.delete(tree.resolve("a.txt"));
            assertThat(source.skip(1)).as("a.txt was listed, and is passed over unread").isEqualTo(1);
            assertThat(all(source)).extracting(SourceRecord::number, SourceRecord::locator)
                    .containsExactly(tuple(2L, "b.txt"), tuple(3L, "c.html"));
        }
        try (FileTreeSource source = FileTreeSource.open(tree, null, LIMIT)) {
            Files.delete(tree.resolve("b.txt"));
            assertThat(source.next()).as("reading a record does read its file, and one removed is a failed record")
                    .get().extracting(SourceRecord::locator, SourceRecord::problem)
                    .containsExactly("b.txt", "the file was removed from the directory after the import listed it");
        }
    }

    @Test
    void a_resumed_directory_import_reads_the_files_added_or_left_since_its_last_run_once_each() throws IOException {
        Path tree = Files.createDirectories(dir.resolve("growing"));
        Path listing = dir.resolve("listings/7.names");
        for (String name : List.of("a.txt", "c.txt", "e.txt")) {
            Files.writeString(tree.resolve(name), "Text of " + name);
        }
        assertThat(RecordSources.count(ImportFormat.FILES, tree, listing, FieldMapping.identity(), LIMIT)).isEqualTo(3);
        try (RecordSource first = RecordSources.open(ImportFormat.FILES, tree, listing, FieldMapping.identity(), LIMIT, 0)) {
            assertThat(List.of(first.next().orElseThrow(), first.next().orElseThrow()))
                    .extracting(SourceRecord::locator).containsExactly("a.txt", "c.txt");
        }

        // Between the runs a file sorting before the position is added, one read already is removed.
        Files.writeString(tree.resolve("b.txt"), "Text of b.txt");
        Files.delete(tree.resolve("a.txt"));

        assertThat(RecordSources.count(ImportFormat.FILES, tree, listing, FieldMapping.identity(), LIMIT)).isEqualTo(4);
        assertThat(all(RecordSources.open(ImportFormat.FILES, tree, listing, FieldMapping.identity(), LIMIT, 2)))
                .extracting(SourceRecord::number, SourceRecord::locator)
                .containsExactly(tuple(3L, "e.txt"), tuple(4L, "b.txt"));
    }

    @Test
    void a_warc_yields_html_and_text_responses_with_status_200_only() throws IOException {
        Path warc = dir.resolve("f.warc.gz");
        try (WarcWriter writer = new WarcWriter(warc)) {
            writer.write(response("https://example.org/1", 200, MediaType.HTML_UTF8, "<html><body><p>One</p></body></html>"));
            writer.write(response("https://example.org/logo.png", 200, MediaType.parse("image/png"), "PNG"));
            writer.write(response("https://example.org/gone", 404, MediaType.HTML, "<p>Not found</p>"));
            writer.write(response("https://example.org/2", 200, MediaType.parse("text/plain; charset=ISO-8859-1"), "Caf\u00e9"));
        }

        List<SourceRecord> records = all(RecordSources.open(ImportFormat.WARC, warc, FieldMapping.identity(), LIMIT, 0));

        assertThat(records).extracting(SourceRecord::number).containsExactly(1L, 2L);
        assertThat(records.get(0).article().url()).isEqualTo("https://example.org/1");
        assertThat(records.get(0).article().html()).contains("<p>One</p>");
        assertThat(records.get(0).locator()).startsWith("record at offset ").endsWith("(https://example.org/1)");
        assertThat(records.get(1).article().text()).isEqualTo("Café");
        assertThat(RecordSources.count(ImportFormat.WARC, warc, FieldMapping.identity(), LIMIT)).isEqualTo(2);
        assertThat(all(RecordSources.open(ImportFormat.WARC, warc, FieldMapping.identity(), LIMIT, 1)))
                .extracting(record -> record.article().url()).containsExactly("https://example.org/2");
    }

    @Test
    void a_warc_without_an_html_or_text_page_says_what_its_records_are_rather_than_completing_with_nothing_read()
            throws IOException {
        Path warc = dir.resolve("images.warc.gz");
        try (WarcWriter writer = new WarcWriter(warc)) {
            writer.write(new WarcRequest.Builder(URI.create("https://example.org/logo.png")).build());
            writer.write(response("https://example.org/logo.png", 200, MediaType.parse("image/png"), "PNG"));
            writer.write(response("https://example.org/site.css", 200, MediaType.parse("text/css"), "p {}"));
            writer.write(response("https://example.org/photo.png", 200, MediaType.parse("image/png"), "PNG"));
            writer.write(response("https://example.org/gone", 404, MediaType.HTML, "<p>Not found</p>"));
        }

        assertThat(RecordSources.count(ImportFormat.WARC, warc, FieldMapping.identity(), LIMIT)).isZero();
        assertThat(nothingIn(RecordSources.open(ImportFormat.WARC, warc, FieldMapping.identity(), LIMIT, 0)))
                .isEqualTo("images.warc.gz holds no page to import: its 5 WARC records are 3 responses with another content"
                        + " type (image/png, text/css), 1 response with an HTTP status other than 200 (404) and 1 other record"
                        + " (request); format warc imports each response with HTTP status 200 and an HTML or plain-text body");
    }

    @Test
    void a_csv_row_a_file_or_a_warc_payload_over_the_record_limit_is_a_failed_record_and_the_next_is_read() throws IOException {
        RecordLimit limit = new RecordLimit(1_000);
        String story = "Words of a long story, she said. ".repeat(40);
        String fits = "Short story, she said.";

        Path csv = write("big.csv", "title,text\r\nBig,\"" + story + "\"\r\nSmall," + "\"" + fits + "\"\r\n");
        List<SourceRecord> rows = all(RecordSources.open(ImportFormat.CSV, csv, FieldMapping.identity(), limit, 0));
        assertThat(rows.get(0).problem()).isEqualTo(String.format(java.util.Locale.ROOT, "the row holds %,d bytes, over the limit"
                + " of 1,000 bytes a record may hold (dictum.import.max-record-bytes)", "Big,".length() + story.length()));
        assertThat(rows.get(1).article().text()).isEqualTo(fits);

        Path zip = dir.resolve("big.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            for (String[] entry : new String[][] {{"big.txt", story}, {"small.txt", fits}}) {
                entries.putNextEntry(new ZipEntry(entry[0]));
                entries.write(entry[1].getBytes(StandardCharsets.UTF_8));
                entries.closeEntry();
            }
        }
        List<SourceRecord> files = all(RecordSources.open(ImportFormat.FILES, zip, FieldMapping.identity(), limit, 0));
        assertThat(files.get(0).problem()).startsWith(String.format(java.util.Locale.ROOT, "the file holds %,d bytes, over the limit",
                story.length()));
        assertThat(files.get(1).article().text()).isEqualTo(fits);

        Path tree = Files.createDirectories(dir.resolve("big"));
        Files.writeString(tree.resolve("a.txt"), story);
        Files.writeString(tree.resolve("b.txt"), fits);
        assertThat(all(RecordSources.open(ImportFormat.FILES, tree, FieldMapping.identity(), limit, 0)))
                .extracting(record -> record.malformed() ? record.problem().substring(0, 14) : record.article().text())
                .containsExactly("the file holds", fits);

        Path warc = dir.resolve("big.warc");
        try (WarcWriter writer = new WarcWriter(warc)) {
            writer.write(response("https://example.org/big", 200, MediaType.PLAIN_TEXT, story));
            writer.write(response("https://example.org/small", 200, MediaType.PLAIN_TEXT, fits));
        }
        List<SourceRecord> pages = all(RecordSources.open(ImportFormat.WARC, warc, FieldMapping.identity(), limit, 0));
        assertThat(pages.get(0).problem()).startsWith(String.format(java.util.Locale.ROOT,
                "the response body holds %,d bytes, over the limit", story.length()));
        assertThat(pages.get(1).article().text()).isEqualTo(fits);
    }

    @Test
    void a_warc_page_whose_charset_only_its_http_header_declares_is_decoded_by_it() throws IOException {
        Path warc = dir.resolve("cyrillic.warc");
        try (WarcWriter writer = new WarcWriter(warc)) {
            writer.write(response("https://example.org/ru", 200, MediaType.parse("text/html; charset=windows-1251"),
                    "<html><body><p>\u041f\u0440\u0430\u0432\u0438\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u043e"
                            + " \u0441\u043e\u043e\u0431\u0449\u0438\u043b\u043e.</p></body></html>"));
            HttpResponse polish = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=ISO-8859-1"),
                    "<html><head><meta charset=\"iso-8859-2\"></head><body><p>\u0141\u00f3d\u017a</p></body></html>"
                            .getBytes(java.nio.charset.Charset.forName("ISO-8859-2"))).build();
            writer.write(new WarcResponse.Builder(URI.create("https://example.org/pl")).body(polish).build());
        }

        List<SourceRecord> records = all(RecordSources.open(ImportFormat.WARC, warc, FieldMapping.identity(), LIMIT, 0));

        assertThat(records.get(0).article().html()).contains("<p>\u041f\u0440\u0430\u0432\u0438\u0442\u0435\u043b\u044c"
                + "\u0441\u0442\u0432\u043e \u0441\u043e\u043e\u0431\u0449\u0438\u043b\u043e.</p>");
        assertThat(records.get(1).article().html()).as("a default latin-1 header leaves the page's own declaration in force")
                .contains("<p>\u0141\u00f3d\u017a</p>");
    }

    @Test
    void a_truncated_warc_yields_the_records_before_the_break_then_says_where_it_breaks_off() throws IOException {
        Path warc = dir.resolve("cut.warc");
        try (WarcWriter writer = new WarcWriter(warc)) {
            for (int i = 1; i <= 10; i++) {
                writer.write(response("https://example.org/" + i, 200, MediaType.HTML_UTF8, "<p>Page " + i + " " + "x".repeat(300) + "</p>"));
            }
        }
        byte[] whole = Files.readAllBytes(warc);
        Files.write(warc, java.util.Arrays.copyOf(whole, whole.length - 200));

        List<SourceRecord> records = new ArrayList<>();
        try (RecordSource source = RecordSources.open(ImportFormat.WARC, warc, FieldMapping.identity(), LIMIT, 0)) {
            assertThatThrownBy(() -> readInto(source, records)).isInstanceOf(ImportSourceException.class)
                    .hasMessageStartingWith("The file ends in the middle of the WARC record at offset ")
                    .hasMessageNotContaining("null");
        }
        assertThat(records).hasSize(9);
        String offset = records.get(8).locator().replaceAll("record at offset (\\d+) .*", "$1");
        assertThat(Long.parseLong(offset)).isLessThan(whole.length - 200);
    }

    @Test
    void a_truncated_zip_yields_the_files_before_the_break_then_says_so() throws IOException {
        Path zip = dir.resolve("cut.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            for (int i = 1; i <= 5; i++) {
                entries.putNextEntry(new ZipEntry("p" + i + ".txt"));
                byte[] random = new byte[2000];
                new java.util.Random(i).nextBytes(random);
                entries.write(("Words, she said. " + java.util.HexFormat.of().formatHex(random)).getBytes(StandardCharsets.UTF_8));
                entries.closeEntry();
            }
        }
        byte[] whole = Files.readAllBytes(zip);
        int lastEntry = new String(whole, StandardCharsets.ISO_8859_1).indexOf("p5.txt");   // its local header
        Files.write(zip, java.util.Arrays.copyOf(whole, lastEntry + 1000));

        List<SourceRecord> records = new ArrayList<>();
        try (RecordSource source = RecordSources.open(ImportFormat.FILES, zip, FieldMapping.identity(), LIMIT, 0)) {
            assertThatThrownBy(() -> readInto(source, records)).isInstanceOf(ImportSourceException.class)
                    .hasMessage("The file ends in the middle of the ZIP archive's file 5: the archive is truncated,"
                            + " the 4 files before it were imported");
        }
        assertThat(records).hasSize(4);
    }

    @Test
    void a_zip_given_as_json_lines_is_refused_as_not_utf8_text_with_a_hint() throws IOException {
        Path zip = dir.resolve("t3.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            entries.putNextEntry(new ZipEntry("a.txt"));
            entries.write(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
            entries.closeEntry();
        }
        assertThatThrownBy(() -> all(RecordSources.open(ImportFormat.JSONL, zip, FieldMapping.identity(), LIMIT, 0)))
                .isInstanceOf(ImportSourceException.class)
                .hasMessageContaining("t3.zip is not UTF-8 JSON Lines text")
                .hasMessageContaining("looks like a ZIP archive");
    }

    private Path gzip(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
        return file;
    }

    @Test
    void a_gzip_refused_as_text_is_told_what_it_holds_not_sent_to_the_warc_reader_whatever_it_holds() throws IOException {
        Path lines = gzip("feed.jsonl", "{\"text\":\"Good harvest.\"}\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> all(RecordSources.open(ImportFormat.JSONL, lines, FieldMapping.identity(), LIMIT, 0)))
                .isInstanceOf(ImportSourceException.class)
                .hasMessageStartingWith("feed.jsonl is not UTF-8 JSON Lines text")
                .hasMessageEndingWith("(it is a gzip of JSON text: decompress it (gunzip) and import the file it holds)")
                .hasMessageNotContaining("warc");
        Path csv = gzip("feed.csv", "\uFEFFtitle,text\r\nHarvest,Good harvest.\r\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> RecordSources.open(ImportFormat.CSV, csv, FieldMapping.identity(), LIMIT, 0))
                .isInstanceOf(ImportSourceException.class)
                .hasMessageEndingWith("(it is a gzip of comma-separated text: decompress it (gunzip) and import the file it holds)");
        Path warc = gzip("crawl.csv", "WARC/1.1\r\nWARC-Type: warcinfo\r\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> RecordSources.open(ImportFormat.CSV, warc, FieldMapping.identity(), LIMIT, 0))
                .isInstanceOf(ImportSourceException.class)
                .hasMessageEndingWith("(it is a gzip-compressed WARC web archive: import it with format warc, --format warc)");
        Path pdf = gzip("scan.jsonl", new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3, (byte) 0xC7, (byte) 0xEC});
        assertThatThrownBy(() -> all(RecordSources.open(ImportFormat.JSONL, pdf, FieldMapping.identity(), LIMIT, 0)))
                .isInstanceOf(ImportSourceException.class).hasMessageEndingWith("(it is a gzip of data that is not text)");
    }

    @Test
    void a_json_lines_file_that_turns_out_not_to_be_utf8_says_so_with_its_line() throws IOException {
        Path file = dir.resolve("late.jsonl");
        byte[] good = ("{\"text\":\"One.\"}\n".repeat(2000)).getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xff, (byte) 0xfe, '\n'};
        byte[] all = java.util.Arrays.copyOf(good, good.length + bad.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        Files.write(file, all);

        assertThatThrownBy(() -> all(RecordSources.open(ImportFormat.JSONL, file, FieldMapping.identity(), LIMIT, 0)))
                .isInstanceOf(ImportSourceException.class)
                .hasMessage("late.jsonl is not UTF-8 JSON Lines text: line 2001 (byte 32001, 0xFF) is not UTF-8;"
                        + " save the file as UTF-8 (it may be Latin-1 or Windows-1252)");
    }

    @Test
    void a_utf16_file_is_told_to_be_utf16_and_an_empty_csv_to_be_empty() throws IOException {
        Path csv = Files.write(dir.resolve("powershell.csv"), "\uFEFFtitle,text\r\nHarvest,Good harvest.\r\n"
                .getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> RecordSources.open(ImportFormat.CSV, csv, FieldMapping.identity(), LIMIT, 0))
                .isInstanceOf(ImportSourceException.class)
                .hasMessage("powershell.csv is not UTF-8 CSV text: line 1 (byte 1, 0xFF) is not UTF-8 (it is UTF-16 text,"
                        + " as Windows PowerShell and Notepad's \"Unicode\" save it: save the file as UTF-8)");
        Path lines = Files.write(dir.resolve("big-endian.jsonl"), "{\"text\":\"Good harvest.\"}\n".getBytes(StandardCharsets.UTF_16));
        assertThatThrownBy(() -> all(RecordSources.open(ImportFormat.JSONL, lines, FieldMapping.identity(), LIMIT, 0)))
                .isInstanceOf(ImportSourceException.class).hasMessageContaining("(it is UTF-16 text");

        Path empty = write("empty.csv", "");
        assertThatThrownBy(() -> RecordSources.open(ImportFormat.CSV, empty, FieldMapping.identity(), LIMIT, 0))
                .isInstanceOf(ImportSourceException.class)
                .hasMessage("empty.csv is empty: a CSV file starts with a header row naming its columns");
    }

    @Test
    void a_latin1_csv_says_on_which_line_its_first_byte_that_is_not_utf8_is() throws IOException {
        Path file = dir.resolve("latin1.csv");
        String rows = "title,text\r\n" + "Harvest,\"Good harvest,\nfarmers said.\"\r\n".repeat(1000) + "Caf\u00e9,Coffee rose.\r\n";
        Files.write(file, rows.getBytes(StandardCharsets.ISO_8859_1));

        List<SourceRecord> records = new ArrayList<>();
        try (RecordSource source = RecordSources.open(ImportFormat.CSV, file, FieldMapping.identity(), LIMIT, 0)) {
            assertThatThrownBy(() -> readInto(source, records)).isInstanceOf(ImportSourceException.class)
                    .hasMessageStartingWith("latin1.csv is not UTF-8 CSV text: line 2002 (byte ")
                    .hasMessageContaining(", 0xE9) is not UTF-8; save the file as UTF-8");
        }
        assertThat(records).as("the rows before the decoder's look-ahead").isNotEmpty().allMatch(record -> !record.malformed());
    }

    @Test
    void a_warc_record_with_a_wrong_content_length_is_reported_at_its_own_offset() throws IOException {
        Path warc = dir.resolve("length.warc");
        try (WarcWriter writer = new WarcWriter(warc)) {
            for (int i = 1; i <= 3; i++) {
                writer.write(response("https://example.org/" + i, 200, MediaType.HTML_UTF8, "<p>Page " + i + "</p>"));
            }
        }
        String text = new String(Files.readAllBytes(warc), StandardCharsets.ISO_8859_1);
        int second = text.indexOf("WARC/1", 1);
        int length = text.indexOf("Content-Length: ", second) + "Content-Length: ".length();
        int end = text.indexOf('\r', length);
        long declared = Long.parseLong(text.substring(length, end));
        Files.write(warc, (text.substring(0, length) + (declared + 5) + text.substring(end)).getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> all(RecordSources.open(ImportFormat.WARC, warc, FieldMapping.identity(), LIMIT, 0)))
                .isInstanceOf(ImportSourceException.class)
                .hasMessageContaining("Content-Length")
                .hasMessageNotContaining("position 0")
                .satisfies(e -> assertThat(Long.parseLong(e.getMessage().replaceAll(".*at offset (\\d+):.*", "$1")))
                        .as("where reading broke off: past the second record's start, not jwarc's 0").isGreaterThan(second));
    }

    @Test
    void a_missing_source_fails_the_import() {
        assertThatThrownBy(() -> RecordSources.open(ImportFormat.JSONL, dir.resolve("gone.jsonl"), FieldMapping.identity(), LIMIT, 0))
                .isInstanceOf(ImportSourceException.class).hasMessageContaining("does not exist");
    }

    private static WarcResponse response(String url, int status, MediaType type, String body) throws IOException {
        byte[] bytes = body.getBytes(type.parameters().containsKey("charset")
                ? java.nio.charset.Charset.forName(type.parameters().get("charset")) : StandardCharsets.UTF_8);
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found").body(type, bytes).build();
        return new WarcResponse.Builder(URI.create(url)).body(http).build();
    }

    /** Reads every record of {@code source} into {@code records}, up to the end or the first error. */
    private static void readInto(RecordSource source, List<SourceRecord> records) {
        Optional<SourceRecord> next;
        while ((next = source.next()).isPresent()) {
            records.add(next.get());
        }
    }
}
