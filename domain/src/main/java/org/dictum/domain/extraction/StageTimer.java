package org.dictum.domain.extraction;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adds up the time each stage of the pipeline takes, for the throughput benchmark. Not thread-safe:
 * one timer per thread. {@link #NONE} measures nothing.
 */
public class StageTimer {

    /** The timer that measures nothing, used by {@link ArticleExtractor#extract(ExtractionRequest)}. */
    public static final StageTimer NONE = new StageTimer() {
        @Override
        void start() {
        }

        @Override
        void lap(String stage) {
        }
    };

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long last;

    void start() {
        last = System.nanoTime();
    }

    /** Charges the time since the previous lap (or the start) to {@code stage}. */
    void lap(String stage) {
        long now = System.nanoTime();
        nanos.merge(stage, now - last, Long::sum);
        last = now;
    }

    /** Nanoseconds per stage, in pipeline order. */
    public Map<String, Long> nanosByStage() {
        return Collections.unmodifiableMap(nanos);
    }
}
