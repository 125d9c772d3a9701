package org.dictum.it.imports;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.DictumRest;
import org.dictum.it.ItDatabase;
import org.dictum.it.PostgresqlVariantCondition;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;
import org.dictum.it.support.ImportClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Imports of each format through {@code /api/imports}: exact counts of stored, skipped (content or
 * URL already archived) and failed records, the failures with their locators and reasons, the
 * stored articles found by search, and the refusals of bad requests. Each test uses words of its
 * own, so tests never count each other's articles.
 */
class ImportJobsIT extends ClientSideIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private HttpApi api;
    private ImportClient imports;
    private String run;

    @BeforeEach
    void client() {
        api = new HttpApi(baseUrl);
        imports = new ImportClient(api);
        run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private String article(String title, String text) {
        return Json.createObjectBuilder().add("title", title).add("language", "en").add("publishedAt", "2024-03-01")
                .add("text", text).build().toString();
    }

    @Test
    void json_lines_are_stored_once_with_malformed_lines_listed_as_failures() {
        String jsonl = String.join("\n",
                article("First " + run, "Prices rose in March, the minister said. Token " + run + " one."),
                article("Second " + run, "Exports fell sharply, the trade office said. Token " + run + " two."),
                "{\"title\": \"broken\", ",
                article("First again " + run, "Prices rose in March, the minister said. Token " + run + " one."),
                "",
                "{\"title\": \"No content " + run + "\"}",
                "[1, 2]",
                article("Third " + run, "Rain is expected, forecasters said. Token " + run + " three.")) + "\n";

        long id = imports.start("articles.jsonl", jsonl.getBytes(StandardCharsets.UTF_8), null, null);
        JsonObject done = imports.awaitEnd(id, TIMEOUT);

        assertThat(done.getString("status")).as(done.toString()).isEqualTo("completed");
        assertThat(done.getString("format")).isEqualTo("jsonl");
        assertThat(counts(done)).containsExactly(7L, 3L, 1L, 3L, 7L);
        JsonObject failures = imports.failures(id);
        assertThat(failures.getInt("total")).isEqualTo(3);
        assertThat(failures.getJsonArray("failures").getValuesAs(JsonObject.class))
                .extracting(f -> f.getString("locator"))
                .containsExactly("line 3", "line 6", "line 7");
        assertThat(failures.getJsonArray("failures").getJsonObject(0).getString("reason")).startsWith("not valid JSON");
        assertThat(failures.getJsonArray("failures").getJsonObject(1).getString("reason")).contains("text or html");
        assertThat(failures.getJsonArray("failures").getJsonObject(2).getString("reason")).contains("not a JSON object");
        assertThat(searchTotal(run)).isEqualTo(3);

        long again = imports.start("articles.jsonl", jsonl.getBytes(StandardCharsets.UTF_8), "jsonl", null);
        JsonObject repeated = imports.awaitEnd(again, TIMEOUT);
        assertThat(counts(repeated)).as("a second import of the same file stores nothing").containsExactly(7L, 0L, 4L, 3L, 7L);
        assertThat(searchTotal(run)).isEqualTo(3);
    }

    @Test
    void a_json_lines_line_larger_than_an_api_body_is_a_failed_record_and_the_import_goes_on() {
        String huge = article("Huge " + run, "Words of a very long story, the editor said. ".repeat(240_000));
        String jsonl = String.join("\n",
                article("Before " + run, "Prices rose in March, the minister said. Token " + run + " before."),
                huge,
                article("After " + run, "Exports fell sharply, the trade office said. Token " + run + " after.")) + "\n";

        long id = imports.start("huge.jsonl", jsonl.getBytes(StandardCharsets.UTF_8), null, null);
        JsonObject done = imports.awaitEnd(id, TIMEOUT);

        assertThat(done.getString("status")).as(done.toString()).isEqualTo("completed");
        assertThat(counts(done)).containsExactly(3L, 2L, 0L, 1L, 3L);
        JsonObject failure = imports.failures(id).getJsonArray("failures").getJsonObject(0);
        assertThat(failure.getString("locator")).isEqualTo("line 2");
        assertThat(failure.getString("reason")).as("the default limit is that of an API body (dictum.api.max-body-bytes)")
                .isEqualTo(String.format(java.util.Locale.ROOT, "the line holds %,d bytes, over the limit of 10,485,760 bytes"
                        + " a record may hold (dictum.import.max-record-bytes)", huge.getBytes(StandardCharsets.UTF_8).length));
        assertThat(searchTotal(run)).isEqualTo(2);
    }

    @Test
    void csv_rows_follow_the_header_mapping_and_a_url_already_archived_is_skipped() {
        String url = "https://news.example.org/" + run + "/archived";
        Reply posted = api.postJson("api/articles", Json.createObjectBuilder().add("url", url)
                .add("text", "Already here, the archivist said. " + run).build().toString());
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        String csv = "headline,body,link,tags\r\n"
                + "Harvest " + run + ",\"The harvest was good, farmers said. Csv " + run + " a.\",https://news.example.org/" + run + "/a,Agriculture;Weather\r\n"
                + "Ragged " + run + ",only two values\r\n"
                + "Again " + run + ",\"Different words, same address. Csv " + run + " b.\"," + url + ",\r\n"
                + "Quoted " + run + ",\"Markets \"\"wobbled\"\", traders said. Csv " + run + " c.\",,\r\n";

        long id = imports.start("feed.csv", csv.getBytes(StandardCharsets.UTF_8), null, "title=headline,text=body,url=link,topics=tags");
        JsonObject done = imports.awaitEnd(id, TIMEOUT);

        assertThat(done.getString("status")).as(done.toString()).isEqualTo("completed");
        assertThat(counts(done)).containsExactly(4L, 2L, 1L, 1L, 4L);
        JsonObject failure = imports.failures(id).getJsonArray("failures").getJsonObject(0);
        assertThat(failure.getString("locator")).isEqualTo("row 2");
        assertThat(failure.getString("reason")).contains("2 values").contains("4 columns");
        JsonObject harvest = firstArticleHit("harvest " + run);
        assertThat(harvest.getString("title")).isEqualTo("Harvest " + run);
    }

    @Test
    void a_csv_without_a_content_column_fails_with_the_reason() {
        long id = imports.start("bad.csv", "headline,link\r\nA,B\r\n".getBytes(StandardCharsets.UTF_8), "csv", null);
        JsonObject done = imports.awaitEnd(id, TIMEOUT);

        assertThat(done.getString("status")).isEqualTo("failed");
        assertThat(done.getString("error")).contains("neither the column 'text' nor 'html'");
    }

    @Test
    void a_csv_of_its_header_alone_counts_0_records_and_fails_saying_it_holds_none() {
        long id = imports.start("header.csv", "title,text\r\n".getBytes(StandardCharsets.UTF_8), null, null);
        JsonObject done = imports.awaitEnd(id, TIMEOUT);

        assertThat(done.getString("status")).as(done.toString()).isEqualTo("failed");
        assertThat(done.get("total")).as("counted, where counting failed and left the total unknown").hasToString("0");
        assertThat(done.getJsonNumber("read").longValue()).isZero();
        assertThat(done.getString("error")).isEqualTo("header.csv holds no records: it has only its header row [title, text],"
                + " no row after it");
    }

    @Test
    void a_zip_of_files_stores_each_html_and_text_file() throws IOException {
        byte[] zip = zip(List.of(
                new Entry("pages/a.html", "<html><head><title>Zip page " + run + "</title></head><body><article><p>"
                        + "Ports reopened on Monday, the harbour master said. Zip " + run + " a.</p></article></body></html>"),
                new Entry("pages/b.txt", "Bridges will close for repairs, the city said. Zip " + run + " b."),
                new Entry("pages/logo.png", "not an article"),
                new Entry("pages/empty.txt", ""),
                new Entry("__MACOSX/pages/._a.html", "\u0000\u0005\u0016\u0007Mac OS X resource fork"),
                new Entry("pages/binary.html", "\u0000\u0001\u0002E\u0003F\u0004\u00c0\u0000" + run),
                new Entry("pages/images.html", "<html><body><img src=x.png><img src=y.png></body></html>")));

        long id = imports.start("pages.zip", zip, null, null);
        JsonObject done = imports.awaitEnd(id, TIMEOUT);

        assertThat(done.getString("format")).isEqualTo("files");
        assertThat(counts(done)).as("the macOS resource fork is passed over like logo.png").containsExactly(5L, 2L, 0L, 3L, 5L);
        List<JsonObject> failures = imports.failures(id).getJsonArray("failures").getValuesAs(JsonObject.class);
        assertThat(failures).extracting(f -> f.getString("locator"))
                .containsExactly("pages/empty.txt", "pages/binary.html", "pages/images.html");
        assertThat(failures.get(0).getString("reason")).isEqualTo("empty file");
        assertThat(failures.get(1).getString("reason")).startsWith("not text but binary content");
        assertThat(failures.get(2).getString("reason")).contains("no article text");
        assertThat(searchTotal(run)).isEqualTo(2);
    }

    @Test
    void a_warc_stores_its_html_and_text_responses_only() throws IOException {
        Path warc = Files.createTempFile("import", ".warc.gz");
        try (WarcWriter writer = new WarcWriter(warc)) {
            writer.write(response("https://warc.example.org/" + run + "/1", 200, MediaType.HTML,
                    "<html><head><title>Warc one " + run + "</title></head><body><article><p>Trains ran late, the operator "
                            + "said. Warc " + run + " one.</p></article></body></html>"));
            writer.write(response("https://warc.example.org/" + run + "/logo.png", 200, MediaType.parse("image/png"), "PNG"));
            writer.write(response("https://warc.example.org/" + run + "/missing", 404, MediaType.HTML, "<p>Not found</p>"));
            writer.write(response("https://warc.example.org/" + run + "/2", 200, MediaType.PLAIN_TEXT,
                    "Flights resumed, the airport said. Warc " + run + " two."));
        }

        long id = imports.start("crawl.warc.gz", Files.readAllBytes(warc), null, null);
        JsonObject done = imports.awaitEnd(id, TIMEOUT);
        Files.delete(warc);

        assertThat(done.getString("format")).isEqualTo("warc");
        assertThat(counts(done)).containsExactly(2L, 2L, 0L, 0L, 2L);
        assertThat(firstArticleHit("trains " + run).getString("url")).isEqualTo("https://warc.example.org/" + run + "/1");
    }

    @Test
    void a_warc_without_an_html_or_text_page_fails_saying_what_its_records_are() throws IOException {
        Path warc = Files.createTempFile("import", ".warc");
        try (WarcWriter writer = new WarcWriter(warc)) {
            writer.write(response("https://warc.example.org/" + run + "/logo.png", 200, MediaType.parse("image/png"), "PNG"));
            writer.write(response("https://warc.example.org/" + run + "/old", 301, MediaType.HTML, "<p>Moved</p>"));
        }
        byte[] images = Files.readAllBytes(warc);
        Files.delete(warc);

        long id = imports.start("images.warc", images, null, null);
        JsonObject done = imports.awaitEnd(id, TIMEOUT);

        assertThat(done.getString("status")).as(done.toString()).isEqualTo("failed");
        assertThat(done.getJsonNumber("read").longValue()).isZero();
        assertThat(done.getString("error")).isEqualTo("images.warc holds no page to import: its 2 WARC records are 1 response"
                + " with another content type (image/png) and 1 response with an HTTP status other than 200 (301); format warc"
                + " imports each response with HTTP status 200 and an HTML or plain-text body");
    }

    @Test
    void a_truncated_warc_stores_the_records_before_the_break_and_fails_saying_where() throws IOException {
        Path warc = Files.createTempFile("import", ".warc");
        try (WarcWriter writer = new WarcWriter(warc)) {
            for (int i = 1; i <= 10; i++) {
                writer.write(response("https://warc.example.org/" + run + "/cut/" + i, 200, MediaType.PLAIN_TEXT,
                        "Harbours reopened, port " + i + " said. Cut " + run + " number" + i + ". " + "More words. ".repeat(30)));
            }
        }
        byte[] whole = Files.readAllBytes(warc);
        Files.delete(warc);

        long id = imports.start("cut.warc", java.util.Arrays.copyOf(whole, whole.length - 200), null, null);
        JsonObject done = imports.awaitEnd(id, TIMEOUT);

        assertThat(done.getString("status")).as(done.toString()).isEqualTo("failed");
        assertThat(done.getJsonNumber("read").longValue()).isEqualTo(9);
        assertThat(done.getJsonNumber("stored").longValue()).isEqualTo(9);
        assertThat(done.getString("error")).startsWith("The file ends in the middle of the WARC record at offset ")
                .doesNotContain("null");
        assertThat(searchTotal(run)).isEqualTo(9);
    }

    @Test
    void a_zip_imported_as_json_lines_fails_saying_it_is_no_json_lines_text() throws IOException {
        byte[] zip = zip(List.of(new Entry("a.html", "<p>Zip as JSON Lines, the test said. " + run + "</p>")));

        long id = imports.start("t3.zip", zip, "jsonl", null);
        JsonObject done = imports.awaitEnd(id, TIMEOUT);

        assertThat(done.getString("status")).isEqualTo("failed");
        assertThat(done.getString("error")).contains("t3.zip is not UTF-8 JSON Lines text").contains("ZIP archive");
    }

    @Test
    void administrators_import_server_files_only_from_the_import_directory() throws IOException {
        Path dir = Path.of(System.getProperty("dictum.it.target"), "import-server-dir");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(run + ".jsonl"), article("Server " + run, "Ferries sail again, the port said. Server " + run + ".") + "\n");

        Reply started = api.postJson("api/imports/server-files", "{\"path\":\"" + run + ".jsonl\"}");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.location()).endsWith("/api/imports/" + started.json().getJsonNumber("id"));
        JsonObject done = imports.awaitEnd(started.json().getJsonNumber("id").longValue(), TIMEOUT);
        assertThat(counts(done)).containsExactly(1L, 1L, 0L, 0L, 1L);
        assertThat(done.getString("source")).isEqualTo("server file " + run + ".jsonl");

        Files.writeString(dir.resolve(run + "-empty.csv"), "");
        Reply empty = api.postJson("api/imports/server-files", "{\"path\":\"" + run + "-empty.csv\"}");
        assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
        assertThat(empty.body()).contains(run + "-empty.csv is empty: there is nothing to import");

        Reply outside = api.postJson("api/imports/server-files", "{\"path\":\"../../pom.xml\",\"format\":\"csv\"}");
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.contentType()).startsWith(DictumRest.PROBLEM_JSON);
        assertThat(outside.body()).contains("below the server's import directory");
    }

    @Test
    void a_stopped_import_restarts_after_its_last_stored_record() throws SQLException {
        int records = 1000;
        StringBuilder jsonl = new StringBuilder();
        for (int i = 1; i <= records; i++) {
            jsonl.append(article("Stopped " + run + " " + i, "Cargo " + i + " was unloaded, the dock said. Stop " + run + " " + i + "."))
                    .append('\n');
        }
        String name = "stoppable-" + run + ".jsonl";
        long id = imports.start(name, jsonl.toString().getBytes(StandardCharsets.UTF_8), null, null);
        imports.awaitRead(id, 1, TIMEOUT);

        Reply stop = api.postEmpty("api/imports/" + id + "/stop");
        assertThat(stop.status()).as("no body is needed: %s", stop).isEqualTo(202);
        JsonObject stopped = imports.awaitEnd(id, TIMEOUT);
        assertThat(stopped.getString("status")).isEqualTo("stopped");
        assertThat(stopped.getJsonNumber("read").longValue()).isLessThan(records);
        assertThat(uploadsNamed(name)).as("kept for the restart").hasSize(1);

        Reply restart = api.postJson("api/imports/" + id + "/restart", "{}");
        assertThat(restart.status()).as(restart.toString()).isEqualTo(202);
        JsonObject done = imports.awaitEnd(id, TIMEOUT);
        assertThat(done.getString("status")).isEqualTo("completed");
        assertThat(counts(done)).containsExactly((long) records, (long) records, 0L, 0L, (long) records);
        assertThat(searchTotal(run)).isEqualTo(records);
        assertThat(uploadsNamed(name)).as("a completed import's upload is deleted").isEmpty();
        if (ItDatabase.current() == ItDatabase.POSTGRESQL) {
            // PlannerStatistics: without fresh statistics PostgreSQL read every band row to find an article's copies
            assertThat(manualAnalyses("story_band")).as("ANALYZE runs on the tables the import filled").isPositive();
        }
    }

    @Test
    void the_files_of_a_directory_sent_as_one_upload_are_refused_rather_than_all_but_the_first_dropped() {
        int importsBefore = api.get("api/imports?limit=1").json().getInt("total");
        byte[] page = ("<p>Ferries sailed again, the port said. Folder " + run + ".</p>").getBytes(StandardCharsets.UTF_8);

        Reply folder = imports.upload(List.of(Map.entry("pages/a.html", page), Map.entry("pages/b.html", page),
                Map.entry("pages/c.txt", page), Map.entry("pages/d.txt", page)), null, null);

        assertThat(folder.status()).as(folder.toString()).isEqualTo(400);
        assertThat(folder.contentType()).startsWith(DictumRest.PROBLEM_JSON);
        assertThat(folder.json().getString("detail")).isEqualTo("One file is imported at a time, and the upload holds 4"
                + " (pages/a.html, pages/b.html, pages/c.txt, …): upload a ZIP archive of files, not a directory or several"
                + " files (format files imports one article from each .html, .htm or .txt file in it)");
        assertThat(api.get("api/imports?limit=1").json().getInt("total")).as("no import is started").isEqualTo(importsBefore);
    }

    @Test
    void a_mapping_longer_than_an_import_keeps_is_refused_and_the_upload_not_kept() {
        String name = "long-mapping-" + run + ".jsonl";
        // More than the import record's 2000 characters of mapping: its INSERT failed, with a 500, and the upload was left.
        String mapping = "title=" + "headline".repeat(260);

        Reply refused = imports.upload(name, "{\"text\":\"Good harvest.\"}\n".getBytes(StandardCharsets.UTF_8), null, mapping);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith(DictumRest.PROBLEM_JSON);
        assertThat(refused.json().getString("detail")).startsWith("mapping is 2086 characters long, more than the 2000 an"
                + " import keeps");
        assertThat(uploadsNamed(name)).as("no import names the upload: nothing would delete it later").isEmpty();
    }

    /** The uploads of that name the server keeps in its import directory ({@code dictum.import.dir}). */
    private static List<Path> uploadsNamed(String name) {
        Path importDir = Path.of(System.getProperty("dictum.it.target"),
                "it-data-" + ItDatabase.current().name().toLowerCase(java.util.Locale.ROOT), "imports");
        try (java.util.stream.Stream<Path> files = Files.walk(importDir)) {
            return files.filter(file -> file.getFileName().toString().equals(name)).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** How often the table was analysed other than by autovacuum (which may be off, as on this project's machine). */
    private static long manualAnalyses(String table) throws SQLException {
        try (Connection connection = PostgresqlVariantCondition.testDatabase();
                PreparedStatement query = connection.prepareStatement(
                        "select analyze_count from pg_stat_user_tables where relname = ?")) {
            query.setString(1, table);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    @Test
    void bad_requests_are_refused_with_problem_details() {
        Reply unknownFormat = imports.upload("x.bin", "{}".getBytes(StandardCharsets.UTF_8), "pdf", null);
        assertThat(unknownFormat.status()).isEqualTo(400);
        assertThat(unknownFormat.contentType()).startsWith(DictumRest.PROBLEM_JSON);
        assertThat(unknownFormat.body()).contains("format must be one of jsonl, csv, files, warc");

        Reply unguessable = imports.upload("x.bin", "{}".getBytes(StandardCharsets.UTF_8), null, null);
        assertThat(unguessable.status()).isEqualTo(400);
        assertThat(unguessable.body()).contains("format is required");

        int importsBefore = api.get("api/imports?limit=1").json().getInt("total");
        Reply empty = imports.upload("empty.jsonl", new byte[0], null, null);
        assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
        assertThat(empty.contentType()).startsWith(DictumRest.PROBLEM_JSON);
        assertThat(empty.body()).contains("empty.jsonl is empty: there is nothing to import");
        assertThat(api.get("api/imports?limit=1").json().getInt("total")).as("no import is started").isEqualTo(importsBefore);

        for (String folder : List.of("..", ".", "feeds/..")) {
            Reply noName = imports.upload(folder, "{}\n".getBytes(StandardCharsets.UTF_8), "jsonl", null);
            assertThat(noName.status()).as(noName.toString()).isEqualTo(400);
            assertThat(noName.contentType()).startsWith(DictumRest.PROBLEM_JSON);
            assertThat(noName.json().getString("detail")).contains("cannot be kept (it names a folder, not a file)");
        }

        Reply badMapping = imports.upload("x.csv", "a\r\n".getBytes(StandardCharsets.UTF_8), null, "body=text");
        assertThat(badMapping.status()).isEqualTo(400);
        assertThat(badMapping.body()).contains("Unknown article field 'body'");

        assertThat(api.get("api/imports/987654321").status()).isEqualTo(404);
        Reply noLimit = api.get("api/imports?limit=0");
        assertThat(noLimit.status()).isEqualTo(400);
        assertThat(noLimit.json().getString("detail")).isEqualTo("limit must be between 1 and 500, was 0");
        assertThat(api.get("api/imports?offset=-1").json().getString("detail")).isEqualTo("offset must be 0 or more, was -1");
        Reply notANumber = api.get("api/imports/" + 987654321 + "/failures?limit=many");
        assertThat(notANumber.status()).as(notANumber.body()).isEqualTo(400);
        assertThat(notANumber.json().getString("detail")).isEqualTo("limit must be a whole number, was 'many'");

        long finished = imports.start("one.jsonl", (article("Stop " + run, "Nothing to stop, the test said. " + run) + "\n")
                .getBytes(StandardCharsets.UTF_8), null, null);
        imports.awaitEnd(finished, TIMEOUT);
        Reply stop = api.postJson("api/imports/" + finished + "/stop", "{}");
        assertThat(stop.status()).isEqualTo(409);
        assertThat(stop.contentType()).startsWith(DictumRest.PROBLEM_JSON);
        Reply restart = api.postJson("api/imports/" + finished + "/restart", "{}");
        assertThat(restart.status()).isEqualTo(409);
        Reply bodilessStop = api.postEmpty("api/imports/" + finished + "/stop");
        assertThat(bodilessStop.status()).as("refused for what it asks, not for having no body: %s", bodilessStop).isEqualTo(409);
        Reply bodilessRestart = api.postEmpty("api/imports/" + finished + "/restart");
        assertThat(bodilessRestart.status()).as(bodilessRestart.toString()).isEqualTo(409);
    }

    @Test
    void the_list_shows_the_newest_import_first() {
        long id = imports.start("list.jsonl", (article("List " + run, "Lists work, the test said. " + run) + "\n")
                .getBytes(StandardCharsets.UTF_8), null, null);
        imports.awaitEnd(id, TIMEOUT);

        JsonObject page = api.get("api/imports?limit=5").json();
        assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(1);
        assertThat(page.getJsonArray("imports").getJsonObject(0).getJsonNumber("id").longValue()).isGreaterThanOrEqualTo(id);
    }

    /** read, stored, skipped, failed, total. */
    private static List<Long> counts(JsonObject status) {
        return List.of(status.getJsonNumber("read").longValue(), status.getJsonNumber("stored").longValue(),
                status.getJsonNumber("skipped").longValue(), status.getJsonNumber("failed").longValue(),
                status.getJsonNumber("total").longValue());
    }

    private int searchTotal(String word) {
        Reply reply = HttpApi.anonymous(baseUrl).get("api/search/articles?size=0&q=" + word);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getInt("total");
    }

    private JsonObject firstArticleHit(String query) {
        Reply reply = HttpApi.anonymous(baseUrl).get("api/search/articles?size=1&q=" + query.replace(' ', '+'));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().getJsonArray("hits")).as(reply.body()).isNotEmpty();
        JsonObject hit = reply.json().getJsonArray("hits").getJsonObject(0);
        long id = hit.getJsonNumber("id").longValue();
        return api.get("api/articles/" + id).json();
    }

    private record Entry(String name, String content) {
    }

    private static byte[] zip(List<Entry> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Entry entry : entries) {
                zip.putNextEntry(new ZipEntry(entry.name()));
                zip.write(entry.content().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static WarcResponse response(String url, int status, MediaType type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(type, body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(url)).body(http).build();
    }
}
