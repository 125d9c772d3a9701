package org.dictum.bench.imports;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;

/**
 * One import as {@code GET /api/imports/{id}} reports it: its counts and the rate of its run from
 * its own start and end times (records read per second, duplicates and failures included).
 */
record ImportRun(long id, String status, long read, long stored, long skipped, long failed,
                 Instant startedAt, Instant finishedAt) {

    static ImportRun of(JsonObject summary) {
        return new ImportRun(summary.getJsonNumber("id").longValue(), summary.getString("status"),
                count(summary, "read"), count(summary, "stored"), count(summary, "skipped"), count(summary, "failed"),
                instant(summary, "startedAt"), instant(summary, "finishedAt"));
    }

    double seconds() {
        if (startedAt == null || finishedAt == null) {
            throw new IllegalStateException("import " + id + " is " + status + ": it has no start and end time");
        }
        return Duration.between(startedAt, finishedAt).toNanos() / 1e9;
    }

    double docsPerSecond() {
        return read / seconds();
    }

    private static long count(JsonObject summary, String key) {
        JsonValue value = summary.get(key);
        return value instanceof JsonNumber number ? number.longValue() : 0;
    }

    private static Instant instant(JsonObject summary, String key) {
        return summary.containsKey(key) && !summary.isNull(key) ? Instant.parse(summary.getString(key)) : null;
    }
}
