package org.dictum.bench.tools;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.util.Locale;

/** One line about a reindex run's status, as {@code ./dictum reindex} prints it. */
final class ProgressLine {

    private ProgressLine() {
    }

    static String of(JsonObject status) {
        String state = status.getString("state");
        if ("idle".equals(state)) {
            return "no reindex has run since the server started";
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "reindex %d %s: %s %.1f %%",
                status.getJsonNumber("id").longValue(), state, status.getString("phase", "?"),
                status.getJsonNumber("percent").doubleValue()));
        if ("stories".equals(status.getString("phase", "")) && status.containsKey("stories")
                && !status.isNull("stories")) {
            JsonObject stories = status.getJsonObject("stories");
            line.append(String.format(Locale.ROOT, " · %,d of %,d articles grouped",
                    stories.getJsonNumber("grouped").longValue(), stories.getJsonNumber("total").longValue()));
        } else {
            line.append(String.format(Locale.ROOT, " · %,d of %,d documents · %,.0f docs/s",
                    number(status, "documentsIndexed"), number(status, "documentsTotal"),
                    status.getJsonNumber("documentsPerSecond").doubleValue()));
        }
        if (status.containsKey("etaSeconds") && !status.isNull("etaSeconds")) {
            line.append(" · ETA ").append(duration(status.getJsonNumber("etaSeconds").longValue()));
        }
        if (status.getBoolean("cancelRequested", false) && "running".equals(state)) {
            line.append(" · cancelling");
        }
        if (status.containsKey("failure")) {
            line.append(" · ").append(status.getString("failure"));
        }
        return line.toString();
    }

    /** The figures a finished run leaves, for benchmarks: speed, heap, index against database. */
    static String figures(JsonObject status) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "documents indexed: %,d%n", number(status, "documentsIndexed")));
        text.append(String.format(Locale.ROOT, "documents/s:       %,.1f%n", status.getJsonNumber("documentsPerSecond").doubleValue()));
        status.getJsonArray("targets").forEach(value -> {
            JsonObject target = value.asJsonObject();
            text.append(String.format(Locale.ROOT, "  %-16s %,d indexed, %,d stale removed%n", target.getString("type") + ":",
                    number(target, "indexed"), number(target, "staleRemoved")));
        });
        if (status.containsKey("heap") && !status.isNull("heap")) {
            JsonObject heap = status.getJsonObject("heap");
            text.append(String.format(Locale.ROOT, "heap after the run: %,d MiB live after the last GC, %,d MiB in use, %,d MiB max%n",
                    number(heap, "afterLastGcBytes") >> 20, number(heap, "usedBytes") >> 20, number(heap, "maxBytes") >> 20));
        }
        if (status.containsKey("counts") && !status.isNull("counts")) {
            JsonObject counts = status.getJsonObject("counts");
            text.append(String.format(Locale.ROOT, "index/database: articles %,d/%,d, statements %,d/%,d%n",
                    number(counts, "articlesIndexed"), number(counts, "articlesInDatabase"),
                    number(counts, "statementsIndexed"), number(counts, "statementsInDatabase")));
        }
        return text.toString();
    }

    static String duration(long seconds) {
        if (seconds >= 3600) {
            return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
        }
        return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }

    private static long number(JsonObject object, String key) {
        JsonNumber number = object.getJsonNumber(key);
        return number == null ? 0 : number.longValue();
    }
}
