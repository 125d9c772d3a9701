package org.dictum.search.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.dictum.persistence.audit.ChangeAttribution;

/**
 * Takes the reason for a write from the {@code X-Dictum-Reason} header into the request's
 * attribution, from where the audit trail records it. A {@code reason} in the body, where an
 * endpoint accepts one, takes precedence.
 */
@Provider
public class ChangeReasonHeader implements ContainerRequestFilter {

    public static final String NAME = "X-Dictum-Reason";

    @Inject
    ChangeAttribution attribution;

    @Override
    public void filter(ContainerRequestContext request) {
        attribution.because(request.getHeaderString(NAME));
    }
}
