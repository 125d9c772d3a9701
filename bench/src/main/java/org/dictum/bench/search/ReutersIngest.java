package org.dictum.bench.search;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
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
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Posts the Reuters-21578 stories to {@code POST /api/articles}: source "Reuters", the gold topics
 * as {@code topics}, the places as {@code actors}, {@code publishedAt} from {@code date}, the body
 * (or the headline when there is no body) as text. Stories with neither are skipped; identical
 * texts are archived once by the server (answered 200), which is counted as a duplicate. Posting
 * needs a librarian's write token: {@code authorization} is the header value that carries it.
 */
public final class ReutersIngest {

    record Outcome(int posted, int created, int duplicates, int skipped, int retries, double seconds) {
    }

    private static final int MAX_ATTEMPTS = 5;

    private final AtomicInteger retries = new AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI articles;
    private final String authorization;

    ReutersIngest(URI base, String authorization) {
        this.articles = base.resolve("/api/articles");
        this.authorization = authorization;
    }

    Outcome ingest(Path jsonl, int clients, int limit) throws IOException, InterruptedException {
        List<String> bodies = new ArrayList<>();
        int skipped = 0;
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null && (limit <= 0 || bodies.size() < limit); line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                try (JsonReader reader = Json.createReader(new StringReader(line))) {
                    String body = submission(reader.readObject());
                    if (body == null) {
                        skipped++;
                    } else {
                        bodies.add(body);
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "load: posting %d stories (%d without text skipped) with %d clients%n",
                bodies.size(), skipped, clients);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger duplicates = new AtomicInteger();
        AtomicLong lastReport = new AtomicLong(System.nanoTime());
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Void>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                        int status = post(bodies.get(i));
                        (status == 201 ? created : duplicates).incrementAndGet();
                        long now = System.nanoTime();
                        long last = lastReport.get();
                        if (now - last > 30_000_000_000L && lastReport.compareAndSet(last, now)) {
                            int done = created.get() + duplicates.get();
                            double s = (now - started) / 1e9;
                            System.out.printf(Locale.ROOT, "load: %d/%d stories in %.0f s (%.1f/s)%n",
                                    done, bodies.size(), s, done / s);
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> worker : workers) {
                try {
                    worker.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IOException("posting a story failed: " + e.getCause().getMessage(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Outcome(bodies.size(), created.get(), duplicates.get(), skipped, retries.get(), seconds);
    }

    /**
     * Posts one story. Two clients creating the same new source, actor or topic at once collide on
     * its unique name (the loser's transaction rolls back with 500, nothing stored): that story is
     * posted again, when the name exists.
     */
    private int post(String body) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = send(body);
            int status = response.statusCode();
            if (status == 201 || status == 200) {
                return status;
            }
            if (status < 500 || attempt == MAX_ATTEMPTS) {
                throw new IOException("POST /api/articles answered " + status + ": " + response.body());
            }
            retries.incrementAndGet();
            Thread.sleep(50L * attempt);
        }
    }

    private HttpResponse<String> send(String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(articles)
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The request body for one story, or null when it has no text at all. */
    public static String submission(JsonObject story) {
        String body = text(story, "body");
        String title = text(story, "title");
        String text = body != null ? body : title;
        if (text == null) {
            return null;
        }
        JsonObjectBuilder json = Json.createObjectBuilder().add("source", "Reuters").add("text", text);
        if (title != null) {
            json.add("title", title);
        }
        String date = text(story, "date");
        if (date != null) {
            json.add("publishedAt", date);
        }
        json.add("topics", strings(story, "topics"));
        json.add("actors", strings(story, "places"));
        return json.build().toString();
    }

    private static String text(JsonObject story, String key) {
        JsonValue value = story.get(key);
        if (value instanceof JsonString string && !string.getString().isBlank()) {
            return string.getString();
        }
        return null;
    }

    private static JsonArrayBuilder strings(JsonObject story, String key) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        JsonValue value = story.get(key);
        if (value instanceof JsonArray values) {
            values.getValuesAs(JsonString.class).stream().map(JsonString::getString)
                    .filter(s -> !s.isBlank()).distinct().forEach(array::add);
        }
        return array;
    }
}
