package org.dictum.search.reindex;

import java.util.OptionalLong;

/** Rate and time-to-go arithmetic of a run's progress. */
final class Throughput {

    private static final double NANOS_PER_SECOND = 1_000_000_000.0;

    private Throughput() {
    }

    /** Items per second; 0 until time has passed. */
    static double perSecond(long done, long elapsedNanos) {
        if (elapsedNanos <= 0 || done <= 0) {
            return 0;
        }
        return done * NANOS_PER_SECOND / elapsedNanos;
    }

    /** Seconds until {@code total} at the rate so far, rounded up; empty while no rate is known. */
    static OptionalLong etaSeconds(long done, long total, long elapsedNanos) {
        double rate = perSecond(done, elapsedNanos);
        if (rate <= 0) {
            return OptionalLong.empty();
        }
        long remaining = Math.max(0, total - done);
        return OptionalLong.of((long) Math.ceil(remaining / rate));
    }

    /** Percent done, 0 to 100; 100 for nothing to do. */
    static double percent(long done, long total) {
        if (total <= 0) {
            return 0;   // nothing counted: not known to be done (ReindexRun says 100 for a run that succeeded)
        }
        return Math.min(100, Math.floor(1000.0 * done / total) / 10);
    }
}
