package org.dictum.it.support;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Starts imports by multipart upload and waits for them to end, over the REST API. */
public final class ImportClient {

    private static final Set<String> ENDED = Set.of("completed", "stopped", "failed", "interrupted");

    private final HttpApi api;

    public ImportClient(HttpApi api) {
        this.api = api;
    }

    /** POST /api/imports with the file (and format and mapping parts when not null). */
    public HttpApi.Reply upload(String fileName, byte[] content, String format, String mapping) {
        return upload(List.of(Map.entry(fileName, content)), format, mapping);
    }

    /** POST /api/imports with a part {@code file} for each file, as a client sends a directory's files. */
    public HttpApi.Reply upload(List<Map.Entry<String, byte[]>> files, String format, String mapping) {
        String boundary = "dictum-" + UUID.randomUUID();
        List<byte[]> body = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files) {
            body.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getKey()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.add(file.getValue());
            body.add("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        if (format != null) {
            body.add(textPart(boundary, "format", format));
        }
        if (mapping != null) {
            body.add(textPart(boundary, "mapping", mapping));
        }
        body.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(authorized(HttpRequest.newBuilder(api.resolve("api/imports")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(body))
                .build());
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        api.authorization().ifPresent(value -> request.header("Authorization", value));
        return request;
    }

    private static byte[] textPart(String boundary, String name, String value) {
        return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Uploads and expects 202; the import's id. */
    public long start(String fileName, byte[] content, String format, String mapping) {
        HttpApi.Reply reply = upload(fileName, content, format, mapping);
        if (reply.status() != 202) {
            throw new AssertionError("POST /api/imports answered " + reply);
        }
        return reply.json().getJsonNumber("id").longValue();
    }

    /** Polls the import until it has ended (or the timeout passes); its last status. */
    public JsonObject awaitEnd(long id, Duration timeout) {
        return awaitStatus(id, timeout, ENDED);
    }

    /**
     * Polls an import that a start-up resumes until it has ended again: it is {@code interrupted}
     * from the start-up until the resume a moment after deployment, which is not its end.
     */
    public JsonObject awaitEndOfResumed(long id, Duration timeout) {
        return awaitStatus(id, timeout, Set.of("completed", "stopped", "failed"));
    }

    private JsonObject awaitStatus(long id, Duration timeout, Set<String> ended) {
        Instant deadline = Instant.now().plus(timeout);
        JsonObject status;
        do {
            status = status(id);
            if (ended.contains(status.getString("status"))) {
                return status;
            }
            pause();
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("Import " + id + " did not end within " + timeout + ": " + status);
    }

    /**
     * Polls the import until it has committed at least {@code records} records; its status. Fails at
     * once when the import ends short of them, and when the timeout passes.
     */
    public JsonObject awaitRead(long id, long records, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        JsonObject status;
        do {
            status = status(id);
            if (status.getJsonNumber("read").longValue() >= records) {
                return status;
            }
            if (ENDED.contains(status.getString("status"))) {
                throw new AssertionError("Import " + id + " ended before it reached " + records + " records: " + status);
            }
            pause();
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("Import " + id + " did not reach " + records + " records within " + timeout + ": " + status);
    }

    public JsonObject status(long id) {
        HttpApi.Reply reply = api.get("api/imports/" + id);
        if (reply.status() != 200) {
            throw new AssertionError("GET /api/imports/" + id + " answered " + reply);
        }
        return reply.json();
    }

    public JsonObject failures(long id) {
        HttpApi.Reply reply = api.get("api/imports/" + id + "/failures?limit=100");
        if (reply.status() != 200) {
            throw new AssertionError("GET /api/imports/" + id + "/failures answered " + reply);
        }
        return reply.json();
    }

    /** Between polls of a job that runs in the server: there is no event to await over HTTP. */
    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
