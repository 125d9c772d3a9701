package org.dictum.search.rest;

import jakarta.servlet.http.HttpServletRequest;
import org.dictum.search.security.ApiAuthentication;
import org.dictum.search.security.Caller;

/** The caller of a method that {@link EndpointAccess} let through because of its {@link Requires}. */
final class CurrentCaller {

    private CurrentCaller() {
    }

    static Caller of(HttpServletRequest request) {
        if (ApiAuthentication.of(request) instanceof ApiAuthentication.Authenticated authenticated) {
            return authenticated.caller();
        }
        throw new IllegalStateException("No authenticated caller: is the method annotated with @Requires?");
    }
}
