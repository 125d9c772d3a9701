package org.dictum.it.support;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;

/** Following reindex runs over {@code /api/admin/reindex} with an administrator's client. */
public final class ReindexRuns {

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private ReindexRuns() {
    }

    public static JsonObject status(HttpApi admin) {
        HttpApi.Reply reply = admin.get("api/admin/reindex");
        if (reply.status() != 200) {
            throw new IllegalStateException("GET api/admin/reindex answered " + reply);
        }
        return reply.json();
    }

    public static boolean running(JsonObject status) {
        return "running".equals(status.getString("state"));
    }

    /** Waits until no run is running (the last one ended, or none ever ran); returns the status then. */
    public static JsonObject awaitIdle(HttpApi admin) {
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonObject status = status(admin);
        while (running(status)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The reindex still runs after " + PATIENCE + ": " + status);
            }
            pause();
            status = status(admin);
        }
        return status;
    }

    /** The interval between two looks at a run's progress. */
    private static void pause() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the reindex", e);
        }
    }
}
