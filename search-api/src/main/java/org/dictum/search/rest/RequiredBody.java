package org.dictum.search.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.dictum.domain.InvalidInputException;

/**
 * Refuses a write without a body, unless its resource method is {@link BodyOptional}, which then reads {@code {}}.
 * It runs once the request is matched to its method, since only the method can say that it takes no input:
 * {@link RequestBodyGuard}, which runs before matching, refused {@code POST /api/imports/{id}/stop} without a body
 * although the action reads none.
 */
@Provider
public class RequiredBody implements ContainerRequestFilter {

    /** The methods whose requests carry a body. */
    static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");
    private static final String MISSING = RequiredBody.class.getName() + ".missing";
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

    @Context
    ResourceInfo resource;

    /**
     * Before matching, a write without a body stands as {@code {}} in JSON: matching took a method that reads a body
     * for one of type application/octet-stream and refused it with 415 before this filter could let a
     * {@link BodyOptional} method through (a freeze or a curation step, whose input may all be headers). The same
     * goes for an empty body that says it is JSON, as clients that set {@code Content-Type: application/json} on
     * every request send it: the JSON reader refused it as malformed ("Invalid token=EOF") even where no body is needed.
     */
    static void standInForMissing(ContainerRequestContext request) {
        boolean noBody = request.getLength() == 0
                || request.getLength() < 0 && request.getHeaderString("Transfer-Encoding") == null;
        MediaType type = request.getMediaType();
        if (WRITES.contains(request.getMethod()) && (type == null || JsonBodyDecoding.isJson(type)) && noBody) {
            request.setProperty(MISSING, Boolean.TRUE);
            if (type == null) {
                request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
            }
            request.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
            request.setEntityStream(new ByteArrayInputStream(EMPTY_OBJECT));
        }
    }

    @Override
    public void filter(ContainerRequestContext request) {
        boolean missing = request.getProperty(MISSING) != null
                || WRITES.contains(request.getMethod()) && (!request.hasEntity() || request.getLength() == 0);
        if (missing && !resource.getResourceMethod().isAnnotationPresent(BodyOptional.class)) {
            throw new InvalidInputException("body", "A request body is required");
        }
    }
}
