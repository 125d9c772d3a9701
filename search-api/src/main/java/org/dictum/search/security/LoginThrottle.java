package org.dictum.search.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing: after {@code dictum.security.login.max-failures-per-user} failed logins
 * for one user name, or {@code ...-per-address} from one client address, within
 * {@code dictum.security.login.failure-window-seconds}, further password logins for that name or from
 * that address are refused until the window has moved on. A successful login clears its user
 * name's count (not its address's, so one valid account cannot launder guesses at others).
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    @ConfigProperty(name = "dictum.security.login.max-failures-per-user", defaultValue = "5")
    int maxFailuresPerUser;

    @Inject
    @ConfigProperty(name = "dictum.security.login.max-failures-per-address", defaultValue = "20")
    int maxFailuresPerAddress;

    @Inject
    @ConfigProperty(name = "dictum.security.login.failure-window-seconds", defaultValue = "300")
    long windowSeconds;

    @Inject
    Clock clock;

    private FailureWindow byUser;
    private FailureWindow byAddress;

    @PostConstruct
    void configure() {
        Duration window = Duration.ofSeconds(windowSeconds);
        byUser = new FailureWindow(maxFailuresPerUser, window, clock);
        byAddress = new FailureWindow(maxFailuresPerAddress, window, clock);
    }

    /** How long logins for this name or from this address are refused, or empty when they may try. */
    public Optional<Duration> blockedFor(String userName, String address) {
        return Stream.of(byUser.blockedFor(userKey(userName)), byAddress.blockedFor(address))
                .flatMap(Optional::stream)
                .max(Duration::compareTo);
    }

    public void recordFailure(String userName, String address) {
        byUser.recordFailure(userKey(userName));
        byAddress.recordFailure(address);
    }

    public void recordSuccess(String userName) {
        byUser.clear(userKey(userName));
    }

    /** Variants of one name in case count together. */
    private static String userKey(String userName) {
        return userName.toLowerCase(Locale.ROOT);
    }
}
