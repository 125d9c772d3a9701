package org.dictum.search.security;

import java.util.Set;

/**
 * What the first check of a program's request makes of its credentials (an API call matched to a
 * method, before its body is read; an OAI-PMH harvest): credentials that were sent must be valid, throttled
 * password logins wait, and anonymous callers may only read, and only when the archive is public.
 */
public sealed interface Admission {

    record Admitted() implements Admission {
    }

    record InvalidCredentials(CredentialKind kind, String detail) implements Admission {
    }

    record Throttled(long retryAfterSeconds) implements Admission {
    }

    record AuthenticationRequired() implements Admission {
    }

    /** The HTTP methods that change something. */
    Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    static boolean isWrite(String method) {
        return WRITES.contains(method);
    }

    /** The admission of a request made with this HTTP method. */
    static Admission of(ApiAuthentication authentication, String method, boolean anonymousMayRead) {
        return of(authentication, !isWrite(method), anonymousMayRead);
    }

    /** The admission of a request that only reads ({@code reading}) or may change something. */
    static Admission of(ApiAuthentication authentication, boolean reading, boolean anonymousMayRead) {
        if (authentication instanceof ApiAuthentication.Invalid invalid) {
            return new InvalidCredentials("Basic".equals(invalid.scheme()) ? CredentialKind.PASSWORD : CredentialKind.TOKEN,
                    invalid.detail());
        }
        if (authentication instanceof ApiAuthentication.Throttled throttled) {
            return new Throttled(Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000));
        }
        if (authentication instanceof ApiAuthentication.Anonymous && (!reading || !anonymousMayRead)) {
            return new AuthenticationRequired();
        }
        return new Admitted();
    }
}
