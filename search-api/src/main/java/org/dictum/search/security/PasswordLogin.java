package org.dictum.search.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/** A login with name and password, from the portal or HTTP Basic, under the login throttle. */
@ApplicationScoped
public class PasswordLogin {

    private static final Logger LOG = Logger.getLogger(PasswordLogin.class.getName());

    @Inject
    AccountService accounts;

    @Inject
    LoginThrottle throttle;

    public LoginOutcome attempt(String name, String password, String clientAddress, CredentialKind kind) {
        Optional<Duration> blocked = throttle.blockedFor(name, clientAddress);
        if (blocked.isPresent()) {
            LOG.fine(() -> "Login throttled for user name " + printable(name) + " from " + clientAddress);
            return new LoginOutcome.Throttled(blocked.get());
        }
        Optional<Caller> caller = accounts.verifyPassword(name, password, kind);
        if (caller.isEmpty()) {
            throttle.recordFailure(name, clientAddress);
            LOG.info(() -> "Failed login for user name " + printable(name) + " from " + clientAddress);
            return new LoginOutcome.Refused();
        }
        throttle.recordSuccess(name);
        return new LoginOutcome.Success(caller.get());
    }

    /** A name as typed by anyone, safe to put in a log line. */
    private static String printable(String name) {
        String cut = name.length() > 64 ? name.substring(0, 64) + "…" : name;
        return "'" + cut.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
