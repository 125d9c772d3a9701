package org.dictum.search.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FailureWindowTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final FailureWindow window = new FailureWindow(3, Duration.ofMinutes(5), clock);

    @Test
    void a_key_is_blocked_once_it_reaches_the_limit_until_its_oldest_failure_leaves_the_window() {
        window.recordFailure("alice");
        clock.advance(Duration.ofMinutes(1));
        window.recordFailure("alice");
        assertThat(window.blockedFor("alice")).isEmpty();

        window.recordFailure("alice");

        assertThat(window.blockedFor("alice")).contains(Duration.ofMinutes(4));
        clock.advance(Duration.ofMinutes(4));
        assertThat(window.blockedFor("alice")).as("the first failure has left the window").isEmpty();
    }

    @Test
    void keys_are_counted_apart_and_clearing_one_forgets_its_failures() {
        for (int i = 0; i < 3; i++) {
            window.recordFailure("alice");
        }
        window.recordFailure("bob");

        assertThat(window.blockedFor("alice")).isPresent();
        assertThat(window.blockedFor("bob")).isEmpty();
        window.clear("alice");
        assertThat(window.blockedFor("alice")).isEmpty();
    }

    @Test
    void failures_older_than_the_window_do_not_count() {
        window.recordFailure("carol");
        window.recordFailure("carol");
        clock.advance(Duration.ofMinutes(6));

        window.recordFailure("carol");

        assertThat(window.blockedFor("carol")).isEmpty();
    }
}
