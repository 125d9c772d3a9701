package org.dictum.search.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.dictum.search.security.ApiAuthentication;
import org.dictum.search.security.ArchiveAccess;
import org.dictum.search.security.CredentialKind;

/**
 * First check of every API request, before anything reads its body: credentials that were sent
 * must be valid (401), throttled password logins get 429, and anonymous callers may only read,
 * and only when the archive is public (401 otherwise). Which role and scope a method needs is
 * checked after matching, by {@link EndpointAccess}.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class CredentialCheck implements ContainerRequestFilter {

    @Context
    HttpServletRequest servletRequest;

    @Inject
    ArchiveAccess access;

    @Override
    public void filter(ContainerRequestContext request) {
        ApiAuthentication authentication = ApiAuthentication.of(servletRequest);
        if (authentication instanceof ApiAuthentication.Invalid invalid) {
            CredentialKind kind = "Basic".equals(invalid.scheme()) ? CredentialKind.PASSWORD : CredentialKind.TOKEN;
            request.abortWith(AccessProblems.unauthorized(invalid.detail(), List.of(kind),
                    kind == CredentialKind.TOKEN ? "invalid_token" : null));
        } else if (authentication instanceof ApiAuthentication.Throttled throttled) {
            request.abortWith(AccessProblems.throttled(
                    Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000)));
        } else if (authentication instanceof ApiAuthentication.Anonymous
                && (AccessProblems.isWrite(request.getMethod()) || !access.anonymousMayRead())) {
            request.abortWith(AccessProblems.unauthorized(
                    "Authentication required: send Authorization: Bearer <token> (see POST /api/tokens)",
                    List.of(CredentialKind.TOKEN), null));
        }
    }
}
