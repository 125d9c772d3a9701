package org.dictum.search.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;

/**
 * What the authentication mechanism made of an API request's credentials. It only records this
 * (as a request attribute); the REST layer decides and answers in problem+json.
 */
public sealed interface ApiAuthentication {

    String ATTRIBUTE = ApiAuthentication.class.getName();

    /** No credentials sent. */
    record Anonymous() implements ApiAuthentication {
    }

    record Authenticated(Caller caller) implements ApiAuthentication {
    }

    /** Credentials were sent and are not valid: unknown or revoked token, wrong password, unknown scheme. */
    record Invalid(String scheme, String detail) implements ApiAuthentication {
    }

    /** A password login refused unchecked after too many failures. */
    record Throttled(Duration retryAfter) implements ApiAuthentication {
    }

    static void record(HttpServletRequest request, ApiAuthentication result) {
        request.setAttribute(ATTRIBUTE, result);
    }

    /** The result recorded for this request; anonymous when the mechanism did not run. */
    static ApiAuthentication of(HttpServletRequest request) {
        Object result = request.getAttribute(ATTRIBUTE);
        return result instanceof ApiAuthentication authentication ? authentication : new Anonymous();
    }
}
