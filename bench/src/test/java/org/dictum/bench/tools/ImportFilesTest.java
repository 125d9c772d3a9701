package org.dictum.bench.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportFilesTest {

    @Test
    void the_progress_line_shows_counts_rate_and_time_left() {
        String line = ImportFiles.progressLine(Json.createObjectBuilder().add("id", 3).add("source", "upload reuters.jsonl")
                .add("status", "running").add("read", 4200).add("total", 21578).add("fraction", 0.1946)
                .add("stored", 4100).add("skipped", 50).add("failed", 50).add("docsPerSecond", 85.3).add("etaSeconds", 204).build());

        assertThat(line).isEqualTo("import 3 upload reuters.jsonl · status running · records read 4200 of 21578 (19%):"
                + " stored 4100, skipped 50, failed 50 · 85.3 docs/s · ETA 3 min 24 s");
    }

    @Test
    void a_failed_import_is_told_apart_from_its_failed_records() {
        String line = ImportFiles.progressLine(Json.createObjectBuilder().add("id", 5).add("source", "upload cut.warc")
                .add("status", "failed").add("read", 3).add("total", 10).add("fraction", 0.3)
                .add("stored", 3).add("skipped", 0).add("failed", 0).add("docsPerSecond", 2.5).add("etaSeconds", 3).build());

        assertThat(line).isEqualTo("import 5 upload cut.warc · status failed · records read 3 of 10 (30%):"
                + " stored 3, skipped 0, failed 0 · 2.5 docs/s");
    }

    @Test
    void an_import_not_yet_counted_shows_what_is_known() {
        String line = ImportFiles.progressLine(Json.createObjectBuilder().add("id", 4).add("source", "upload a.warc")
                .add("status", "queued").add("read", 0).add("stored", 0).add("skipped", 0).add("failed", 0).build());

        assertThat(line).isEqualTo("import 4 upload a.warc · status queued · records read 0: stored 0, skipped 0, failed 0");
    }

    @Test
    void options_take_files_format_mapping_url_and_token() {
        ImportFiles.Options options = ImportFiles.Options.parse(new String[] {"a.csv", "--format", "csv", "--mapping", "text=body",
                "--url", "http://127.0.0.1:8180"}, "http://localhost:8080/", "secret");

        assertThat(options.files()).containsExactly(Path.of("a.csv"));
        assertThat(options.format()).isEqualTo("csv");
        assertThat(options.mapping()).isEqualTo("text=body");
        assertThat(options.url()).isEqualTo(URI.create("http://127.0.0.1:8180/"));
        assertThat(options.token()).isEqualTo("secret");
        assertThatThrownBy(() -> ImportFiles.Options.parse(new String[] {"a.csv"}, "http://localhost:8080/", null))
                .hasMessageContaining("API token");
        assertThatThrownBy(() -> ImportFiles.Options.parse(new String[] {}, "http://localhost:8080/", "t"))
                .hasMessageContaining("--restart ID");
    }

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String url, String... args) throws InterruptedException {
        return ImportFiles.run(args, Map.of("DICTUM_URL", url, "DICTUM_TOKEN", "t0ken"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_missing_file_is_one_line_and_exit_status_2_not_a_stack_trace() throws InterruptedException {
        assertThat(run("http://localhost:1/", dir.resolve("gone.jsonl").toString())).isEqualTo(2);
        assertThat(errors()).startsWith("dictum import: " + dir.resolve("gone.jsonl") + " does not exist\n")
                .doesNotContain("Exception", "\tat ");
        err.reset();
        assertThat(run("http://localhost:1/", "--restart", "three")).isEqualTo(2);
        assertThat(errors()).contains("--restart needs an import's id (a number)").doesNotContain("Exception");
    }

    @Test
    void a_refusal_by_the_portal_prints_its_detail_and_exits_1() throws IOException, InterruptedException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/imports", exchange -> {
            boolean restart = exchange.getRequestURI().getPath().endsWith("/restart");
            byte[] body = (restart
                    ? "{\"status\":409,\"title\":\"Conflict\",\"detail\":\"Import 3 is completed; only interrupted, stopped or failed imports restart\"}"
                    : "{\"status\":401,\"title\":\"Unauthorized\",\"detail\":\"The token is unknown, expired or revoked\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            exchange.sendResponseHeaders(restart ? 409 : 401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            Path file = Files.writeString(dir.resolve("a.jsonl"), "{\"text\":\"One.\"}\n");

            assertThat(run(url, file.toString())).isEqualTo(1);
            assertThat(errors()).isEqualTo("dictum import: the portal refused (HTTP 401): The token is unknown, expired or revoked\n");
            err.reset();
            assertThat(run(url, "--restart", "3")).isEqualTo(1);
            assertThat(errors()).isEqualTo("dictum import: the portal refused (HTTP 409): Import 3 is completed;"
                    + " only interrupted, stopped or failed imports restart\n");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void no_portal_at_the_address_is_one_line_and_exit_status_1() throws IOException, InterruptedException {
        Path file = Files.writeString(dir.resolve("b.jsonl"), "{\"text\":\"One.\"}\n");
        assertThat(run("http://127.0.0.1:1/", file.toString())).isEqualTo(1);
        assertThat(errors()).startsWith("dictum import: no portal answers at http://127.0.0.1:1/").doesNotContain("Exception");
    }
}
