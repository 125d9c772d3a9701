package org.dictum.bench.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Warms both sides up until the server's JIT compiler has settled: at least {@code minimum}
 * requests per side, then rounds of {@value #ROUND} more until the compiler threads used less
 * than {@code settledMillis} of CPU per REST request in the last round, or {@code maximum}
 * requests have been sent. A server that still compiles spends a core on it while it answers
 * (2 to 4 ms of CPU per request after 2,000 requests, measured on 2026-11-30), which a
 * long-running portal does not; the baseline's small JVM settles within a few dozen queries.
 * Without the server's PID (no {@code /proc}) it sends {@code minimum} requests and stops.
 */
final class WarmUp {

    static final int ROUND = 500;

    private final int minimum;
    private final int maximum;
    private final double settledMillis;

    /** What the warm-up did: requests per side and the compiler's CPU per request in each round after the minimum. */
    record Outcome(int requests, List<Double> compilerMillisPerRound, boolean settled, double settledMillis) {

        String summary() {
            StringBuilder rounds = new StringBuilder();
            compilerMillisPerRound.forEach(ms -> rounds.append(rounds.isEmpty() ? "" : ", ")
                    .append(String.format(Locale.ROOT, "%.2f", ms)));
            return String.format(Locale.ROOT, "Warm-up: %,d requests per side; JIT compiler CPU per REST request in each "
                    + "round of %d: %s ms (%s below %.2f ms)", requests, ROUND, rounds.isEmpty() ? "not measured" : rounds,
                    settled ? "settled" : "NOT settled", settledMillis);
        }
    }

    /** Sends the given number of requests to each side. */
    @FunctionalInterface
    interface Requests {
        void send(int perSide) throws Exception;
    }

    WarmUp(int minimum, int maximum, double settledMillis) {
        if (minimum < 0 || maximum < minimum) {
            throw new IllegalArgumentException("warm-up needs 0 <= minimum <= maximum, got " + minimum + " and " + maximum);
        }
        this.minimum = minimum;
        this.maximum = maximum;
        this.settledMillis = settledMillis;
    }

    /**
     * @param serverPid the server's process, whose compiler threads are watched
     * @param requests  sends requests to both sides
     */
    Outcome run(Optional<Long> serverPid, Requests requests) throws Exception {
        System.out.printf(Locale.ROOT, "measure: warm-up, at least %,d queries per side, until the server's JIT "
                + "compiler uses under %.2f ms of CPU per request (at most %,d)%n", minimum, settledMillis, maximum);
        requests.send(minimum);
        int sent = minimum;
        List<Double> rounds = new ArrayList<>();
        Optional<ThreadCpu> start = serverPid.flatMap(ThreadCpu::of);
        if (start.isEmpty()) {
            return new Outcome(sent, rounds, false, settledMillis);
        }
        ThreadCpu before = start.get();
        while (sent + ROUND <= maximum) {
            requests.send(ROUND);
            sent += ROUND;
            ThreadCpu after = ThreadCpu.of(serverPid.get()).orElseThrow();
            double compiler = after.compilerMillisPerRequestSince(before, ROUND);
            before = after;
            rounds.add(compiler);
            System.out.printf(Locale.ROOT, "measure: warm-up %,d: JIT compiler %.2f ms of CPU per request%n", sent, compiler);
            if (compiler < settledMillis) {
                return new Outcome(sent, rounds, true, settledMillis);
            }
        }
        return new Outcome(sent, rounds, false, settledMillis);
    }
}
