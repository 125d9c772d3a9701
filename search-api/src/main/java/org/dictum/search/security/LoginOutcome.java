package org.dictum.search.security;

import java.time.Duration;

/** What a password login came to. */
public sealed interface LoginOutcome {

    /** Request attribute under which the portal's login finds the outcome of its attempt. */
    String ATTRIBUTE = LoginOutcome.class.getName();

    record Success(Caller caller) implements LoginOutcome {
    }

    /** Unknown name, wrong password or disabled account: deliberately not told apart. */
    record Refused() implements LoginOutcome {
    }

    /** Too many recent failures for this name or address; not even checked. */
    record Throttled(Duration retryAfter) implements LoginOutcome {

        /** Whole seconds, at least one, for a {@code Retry-After} header or a message. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }
}
