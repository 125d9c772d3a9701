package org.dictum.search.rest;

import org.dictum.search.security.ApiAuthentication;
import org.dictum.search.security.CredentialKind;

/**
 * What the first check of an API request makes of its credentials, before the request is matched
 * to a method: credentials that were sent must be valid, throttled password logins wait, and
 * anonymous callers may only read, and only when the archive is public.
 */
sealed interface Admission {

    record Admitted() implements Admission {
    }

    record InvalidCredentials(CredentialKind kind, String detail) implements Admission {
    }

    record Throttled(long retryAfterSeconds) implements Admission {
    }

    record AuthenticationRequired() implements Admission {
    }

    static Admission of(ApiAuthentication authentication, String method, boolean anonymousMayRead) {
        if (authentication instanceof ApiAuthentication.Invalid invalid) {
            return new InvalidCredentials("Basic".equals(invalid.scheme()) ? CredentialKind.PASSWORD : CredentialKind.TOKEN,
                    invalid.detail());
        }
        if (authentication instanceof ApiAuthentication.Throttled throttled) {
            return new Throttled(Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000));
        }
        if (authentication instanceof ApiAuthentication.Anonymous && (AccessProblems.isWrite(method) || !anonymousMayRead)) {
            return new AuthenticationRequired();
        }
        return new Admitted();
    }
}
