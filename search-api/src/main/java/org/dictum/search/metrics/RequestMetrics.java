package org.dictum.search.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/** Counts and latency histograms of measured requests, by endpoint and status code; since start-up. */
@ApplicationScoped
public class RequestMetrics {

    /** Upper bounds of the latency buckets, in seconds (Prometheus "le"). */
    static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    /** One endpoint and status: how many requests, how long in all, how many within each bound. */
    static final class Timing {
        final LongAdder count = new LongAdder();
        final DoubleAdder seconds = new DoubleAdder();
        final AtomicLongArray within = new AtomicLongArray(BUCKETS.length);

        void record(double elapsed) {
            count.increment();
            seconds.add(elapsed);
            for (int i = 0; i < BUCKETS.length; i++) {
                if (elapsed <= BUCKETS[i]) {
                    within.incrementAndGet(i);
                }
            }
        }
    }

    /** An endpoint ({@code GET /api/search/statements}) and the status it answered. */
    record Key(String endpoint, int status) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byEndpoint = endpoint.compareTo(other.endpoint);
            return byEndpoint != 0 ? byEndpoint : Integer.compare(status, other.status);
        }
    }

    private final Map<Key, Timing> timings = new ConcurrentHashMap<>();

    public void record(String endpoint, int status, long elapsedNanos) {
        timings.computeIfAbsent(new Key(endpoint, status), k -> new Timing()).record(elapsedNanos / 1e9);
    }

    /** A consistent-enough copy in a stable order, for the exposition. */
    Map<Key, Timing> snapshot() {
        return new TreeMap<>(timings);
    }
}
