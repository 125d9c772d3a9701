package org.dictum.search.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.dictum.domain.InvalidInputException;

/**
 * Refuses a write without a body, unless its resource method is {@link BodyOptional}. It runs once the request is
 * matched to its method, since only the method can say that it takes no input: {@link RequestBodyGuard}, which
 * runs before matching, refused {@code POST /api/imports/{id}/stop} without a body although the action reads none.
 */
@Provider
public class RequiredBody implements ContainerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        boolean missing = WRITES.contains(request.getMethod()) && (!request.hasEntity() || request.getLength() == 0);
        if (missing && !resource.getResourceMethod().isAnnotationPresent(BodyOptional.class)) {
            throw new InvalidInputException("body", "A request body is required");
        }
    }
}
