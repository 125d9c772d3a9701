package org.dictum.search.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failures per key (a user name, a client address) over a sliding window. A key with
 * {@code limit} failures inside the window is blocked until the oldest of them leaves the window.
 */
final class FailureWindow {

    /** Keys kept at most; beyond it, keys without recent failures are forgotten first. */
    private static final int MAX_KEYS = 100_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    FailureWindow(int limit, Duration window, Clock clock) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A failure limit of at least 1 and a positive window are needed");
        }
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** How long the key stays blocked, or empty when it may try now. */
    Optional<Duration> blockedFor(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            Instant now = clock.instant();
            forgetOld(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            Duration left = Duration.between(now, times.peekFirst().plus(window));
            return Optional.of(left.isNegative() ? Duration.ZERO : left);
        }
    }

    void recordFailure(String key) {
        if (failures.size() >= MAX_KEYS) {
            prune();
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            Instant now = clock.instant();
            forgetOld(times, now);
            times.addLast(now);
            while (times.size() > limit) {
                times.removeFirst();
            }
        }
    }

    void clear(String key) {
        failures.remove(key);
    }

    private void forgetOld(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
    }

    private void prune() {
        Instant now = clock.instant();
        for (Iterator<Map.Entry<String, Deque<Instant>>> it = failures.entrySet().iterator(); it.hasNext(); ) {
            Deque<Instant> times = it.next().getValue();
            synchronized (times) {
                forgetOld(times, now);
                if (times.isEmpty()) {
                    it.remove();
                }
            }
        }
    }
}
