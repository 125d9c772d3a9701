package org.dictum.bench.search;

import java.util.Arrays;

/** Summary of measured latencies in nanoseconds; percentiles by the nearest-rank method. */
record LatencyStats(int count, double p50Millis, double p99Millis, double meanMillis, double maxMillis) {

    static LatencyStats of(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no measurements");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElseThrow();
        return new LatencyStats(sorted.length, millis(percentile(sorted, 50)), millis(percentile(sorted, 99)),
                mean / 1e6, millis(sorted[sorted.length - 1]));
    }

    /** The smallest value that at least {@code p} percent of the values do not exceed. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
