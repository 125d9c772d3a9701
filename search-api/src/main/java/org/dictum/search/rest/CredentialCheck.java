package org.dictum.search.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.dictum.search.security.Admission;
import org.dictum.search.security.ApiAuthentication;
import org.dictum.search.security.ArchiveAccess;
import org.dictum.search.security.CredentialKind;

/**
 * First check of every API request matched to a method, before anything reads its body ({@link Admission}): 401 for
 * invalid or missing credentials, 429 for throttled password logins. Which role and scope the method needs is checked
 * next, by {@link EndpointAccess}. It runs after matching so that a request no method takes is answered as such
 * whatever its credentials: 405 with {@code Allow} for a method the path does not take (an anonymous {@code PUT} on
 * {@code /api/articles/1} was told to authenticate, for a request that no credentials could make work), 404 for an
 * unknown path, 406, 415. Those answers depend on the API's paths alone, which {@code /openapi} publishes, never on a
 * record, as no method has run.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class CredentialCheck implements ContainerRequestFilter {

    @Context
    HttpServletRequest servletRequest;

    @Inject
    ArchiveAccess access;

    @Override
    public void filter(ContainerRequestContext request) {
        Admission admission = Admission.of(ApiAuthentication.of(servletRequest), request.getMethod(), access.anonymousMayRead());
        if (admission instanceof Admission.InvalidCredentials invalid) {
            request.abortWith(AccessProblems.unauthorized(invalid.detail(), List.of(invalid.kind()),
                    invalid.kind() == CredentialKind.TOKEN ? "invalid_token" : null));
        } else if (admission instanceof Admission.Throttled throttled) {
            request.abortWith(AccessProblems.throttled(throttled.retryAfterSeconds()));
        } else if (admission instanceof Admission.AuthenticationRequired) {
            request.abortWith(AccessProblems.unauthorized(
                    "Authentication required: send Authorization: Bearer <token> (see POST /api/tokens)",
                    List.of(CredentialKind.TOKEN), null));
        }
    }
}
