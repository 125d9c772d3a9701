package org.dictum.bench.tools;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code ./dictum import FILE... [--format F] [--mapping M] [--url URL] [--token TOKEN]}: uploads
 * each file to a running portal ({@code POST /api/imports}; a directory is sent as a ZIP of its
 * files) and prints a progress line until the import ends, then its counts and first failures.
 * {@code --restart ID} resumes an interrupted, stopped or failed import instead. The token (a
 * librarian's, scope write) comes from {@code --token} or {@code DICTUM_TOKEN}. Exit status 0 when
 * every import completed, 1 when the portal refused a request or an import did not complete, 2 for a usage error
 * or a file that does not exist; each problem is one line on stderr ({@link #run}).
 */
public final class ImportFiles {

    private static final Set<String> ENDED = Set.of("completed", "stopped", "failed", "interrupted");
    private static final Duration POLL = Duration.ofSeconds(1);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String token;
    private final PrintStream out;

    ImportFiles(URI base, String token, PrintStream out) {
        this.base = base;
        this.token = token;
        this.out = out;
    }

    /** The command line, parsed. */
    record Options(List<Path> files, String format, String mapping, URI url, String token, Long restart) {

        static Options parse(String[] args, String defaultUrl, String defaultToken) {
            List<Path> files = new ArrayList<>();
            String format = null;
            String mapping = null;
            String url = defaultUrl;
            String token = defaultToken;
            Long restart = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--format" -> format = value(args, ++i, "--format");
                    case "--mapping" -> mapping = value(args, ++i, "--mapping");
                    case "--url" -> url = value(args, ++i, "--url");
                    case "--token" -> token = value(args, ++i, "--token");
                    case "--restart" -> restart = importId(value(args, ++i, "--restart"));
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        files.add(Path.of(args[i]));
                    }
                }
            }
            if (files.isEmpty() == (restart == null)) {
                throw new IllegalArgumentException("name the files to import, or --restart ID");
            }
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("an API token is needed: --token TOKEN or DICTUM_TOKEN (a librarian's, scope write)");
            }
            return new Options(files, format, mapping, URI.create(url.endsWith("/") ? url : url + "/"), token.strip(), restart);
        }

        private static long importId(String value) {
            try {
                return Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--restart needs an import's id (a number), not '" + value + "'");
            }
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }

    /** Exit status when the command line or a file named on it is wrong. */
    static final int USAGE = 2;
    /** Exit status when the portal refuses a request or an import does not complete. */
    static final int NOT_COMPLETED = 1;

    static final String USAGE_LINE = "usage: ./dictum import FILE|DIR... [--format jsonl|csv|files|warc]"
            + " [--mapping field=column,...] [--url URL] [--token TOKEN]   or   ./dictum import --restart ID";

    public static void main(String[] args) throws InterruptedException {
        System.exit(run(args, System.getenv(), new PrintStream(System.out, true, StandardCharsets.UTF_8), System.err));
    }

    /**
     * Runs the command and answers its exit status: 0 when every import completed, {@link #NOT_COMPLETED} when the
     * portal refused a request (its problem's detail is printed) or an import ended otherwise, {@link #USAGE} for a
     * wrong command line or a file that cannot be read. Problems are one line on {@code err}, never a stack trace.
     */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err)
            throws InterruptedException {
        Options options;
        try {
            options = Options.parse(args, env.getOrDefault("DICTUM_URL",
                    "http://localhost:" + env.getOrDefault("DICTUM_PORT", "8080") + "/"), env.get("DICTUM_TOKEN"));
            for (Path file : options.files()) {
                if (!Files.exists(file)) {
                    throw new IllegalArgumentException(file + " does not exist");
                }
                if (!Files.isReadable(file)) {
                    throw new IllegalArgumentException(file + " cannot be read");
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("dictum import: " + e.getMessage());
            err.println(USAGE_LINE);
            return USAGE;
        }
        ImportFiles client = new ImportFiles(options.url(), options.token(), out);
        int status = 0;
        if (options.restart() != null) {
            status = Math.max(status, client.attempt(err, () -> client.follow(client.send(HttpRequest.newBuilder(
                    options.url().resolve("api/imports/" + options.restart() + "/restart"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))))));
        }
        for (Path file : options.files()) {
            status = Math.max(status, client.attempt(err, () -> client.follow(client.upload(file, options.format(), options.mapping()))));
        }
        return status;
    }

    /** One import (started or restarted, then followed); a refusal or failure is reported on one line. */
    @FunctionalInterface
    private interface Attempt {
        boolean completed() throws IOException, InterruptedException;
    }

    private int attempt(PrintStream err, Attempt attempt) throws InterruptedException {
        try {
            return attempt.completed() ? 0 : NOT_COMPLETED;
        } catch (Refusal refused) {
            err.println("dictum import: " + refused.getMessage());
            return NOT_COMPLETED;
        } catch (ConnectException unreachable) {
            err.println("dictum import: no portal answers at " + base + " (is it running? --url or DICTUM_URL)");
            return NOT_COMPLETED;
        } catch (IOException e) {
            err.println("dictum import: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return NOT_COMPLETED;
        }
    }

    /** The portal answered a request with an error status; the message is its problem's detail. */
    static final class Refusal extends IOException {
        private static final long serialVersionUID = 1L;

        Refusal(String message) {
            super(message);
        }
    }

    /** Uploads a file (a directory as a ZIP of its files); the answer's JSON. */
    JsonObject upload(Path file, String format, String mapping) throws IOException, InterruptedException {
        Path content = file;
        String name = file.getFileName().toString();
        String chosenFormat = format;
        if (Files.isDirectory(file)) {
            content = zipped(file);
            name = name + ".zip";
            chosenFormat = format == null ? "files" : format;
        }
        String boundary = "dictum-" + UUID.randomUUID();
        List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
        parts.add(HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + name.replace("\"", "") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
        parts.add(HttpRequest.BodyPublishers.ofFile(content));
        parts.add(HttpRequest.BodyPublishers.ofString("\r\n"));
        if (chosenFormat != null) {
            parts.add(HttpRequest.BodyPublishers.ofString(textPart(boundary, "format", chosenFormat)));
        }
        if (mapping != null) {
            parts.add(HttpRequest.BodyPublishers.ofString(textPart(boundary, "mapping", mapping)));
        }
        parts.add(HttpRequest.BodyPublishers.ofString("--" + boundary + "--\r\n"));
        out.println("dictum import: uploading " + file + " (" + Files.size(content) + " bytes)");
        try {
            return send(HttpRequest.newBuilder(base.resolve("api/imports"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new))));
        } finally {
            if (!content.equals(file)) {
                Files.deleteIfExists(content);
            }
        }
    }

    private static String textPart(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static Path zipped(Path dir) throws IOException {
        Path zip = Files.createTempFile("dictum-import", ".zip");
        try (OutputStream bytes = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(bytes);
             Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                entries.putNextEntry(new ZipEntry(dir.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, entries);
                entries.closeEntry();
            }
        }
        return zip;
    }

    /** Sends an authorized request; the JSON answer, or a {@link Refusal} with the problem's detail. */
    JsonObject send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        JsonObject body = parse(response.body());
        if (response.statusCode() >= 400) {
            String detail = body != null && body.containsKey("detail") ? body.getString("detail") : response.body();
            throw new Refusal("the portal refused (HTTP " + response.statusCode() + "): " + detail);
        }
        return body;
    }

    private static JsonObject parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    /** Prints the import's progress line until it ends, then its counts and first failures; true if it completed. */
    boolean follow(JsonObject started) throws IOException, InterruptedException {
        long id = started.getJsonNumber("id").longValue();
        JsonObject status = started;
        while (!ENDED.contains(status.getString("status"))) {
            out.print("\r" + progressLine(status) + "   ");
            out.flush();
            Thread.sleep(POLL.toMillis());
            status = send(HttpRequest.newBuilder(base.resolve("api/imports/" + id)).GET());
        }
        out.println("\r" + progressLine(status) + "   ");
        if (status.getJsonNumber("failed").longValue() > 0) {
            JsonObject failures = send(HttpRequest.newBuilder(base.resolve("api/imports/" + id + "/failures?limit=10")).GET());
            failures.getJsonArray("failures").getValuesAs(JsonObject.class).forEach(f ->
                    out.println("  failed " + f.getString("locator") + ": " + f.getString("reason")));
            if (failures.getJsonNumber("total").longValue() > 10) {
                out.println("  ... all " + failures.getJsonNumber("total") + " at " + base.resolve("api/imports/" + id + "/failures"));
            }
        }
        if (present(status, "error")) {
            out.println("  error: " + status.getString("error"));
        }
        return "completed".equals(status.getString("status"));
    }

    /**
     * {@code import 3 upload reuters.jsonl · status running · records read 4200 of 21578 (19%): stored 4100, skipped 50,
     * failed 50 · 85.3 docs/s · ETA 3 min 24 s}: the fields of {@code GET /api/imports/{id}} by their names, the import's
     * status apart from the records' counts ("failed 3 … failed 0" read as two failures of one thing).
     */
    static String progressLine(JsonObject status) {
        StringBuilder line = new StringBuilder("import ").append(status.getJsonNumber("id")).append(' ')
                .append(status.getString("source")).append(" · status ").append(status.getString("status"))
                .append(" · records read ").append(status.getJsonNumber("read"));
        if (present(status, "total")) {
            line.append(" of ").append(status.getJsonNumber("total"));
            if (present(status, "fraction")) {
                line.append(" (").append((int) Math.floor(status.getJsonNumber("fraction").doubleValue() * 100)).append("%)");
            }
        }
        line.append(": stored ").append(status.getJsonNumber("stored")).append(", skipped ").append(status.getJsonNumber("skipped"))
                .append(", failed ").append(status.getJsonNumber("failed"));
        if (present(status, "docsPerSecond")) {
            line.append(" · ").append(status.getJsonNumber("docsPerSecond")).append(" docs/s");
        }
        if (present(status, "etaSeconds") && !ENDED.contains(status.getString("status"))) {
            long eta = status.getJsonNumber("etaSeconds").longValue();
            line.append(" · ETA ").append(eta >= 60 ? eta / 60 + " min " + eta % 60 + " s" : eta + " s");
        }
        return line.toString();
    }

    /** The API leaves out fields without a value. */
    private static boolean present(JsonObject object, String key) {
        return object.containsKey(key) && !object.isNull(key);
    }
}
