package org.dictum.search.rest;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** The kinds of problem the API reports, each with a stable type URI. */
public enum ProblemType {
    INVALID_INPUT("invalid-input", "Invalid input", Response.Status.BAD_REQUEST),
    QUERY_SYNTAX("query-syntax", "Query syntax error", Response.Status.BAD_REQUEST),
    MALFORMED_BODY("malformed-body", "Malformed request body", Response.Status.BAD_REQUEST),
    NOT_FOUND("not-found", "Not found", Response.Status.NOT_FOUND),
    PRECONDITION_REQUIRED("precondition-required", "Version required", Response.Status.PRECONDITION_REQUIRED),
    PRECONDITION_FAILED("precondition-failed", "Precondition failed", Response.Status.PRECONDITION_FAILED),
    CONFLICT("conflict", "Conflicting update", Response.Status.CONFLICT),
    GONE("gone", "Gone", Response.Status.GONE),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", Response.Status.REQUEST_ENTITY_TOO_LARGE),
    UNAUTHORIZED("unauthorized", "Authentication required", Response.Status.UNAUTHORIZED),
    FORBIDDEN("forbidden", "Forbidden", Response.Status.FORBIDDEN),
    TOO_MANY_LOGIN_FAILURES("too-many-login-failures", "Too many failed logins", Response.Status.TOO_MANY_REQUESTS),
    HTTP("http", "HTTP error", Response.Status.BAD_REQUEST),
    INTERNAL("internal", "Internal server error", Response.Status.INTERNAL_SERVER_ERROR);

    private static final String BASE = "https://dictum.org/problems/";

    private final String slug;
    private final String title;
    private final Response.Status status;

    ProblemType(String slug, String title, Response.Status status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    /** The problem's {@code type} URI. */
    public URI type() {
        return URI.create(BASE + slug);
    }

    public Response response(String detail) {
        return response(status.getStatusCode(), title, detail, List.of());
    }

    public Response response(String detail, List<Problem.Violation> violations) {
        return response(status.getStatusCode(), title, detail, violations);
    }

    public Response response(int statusCode, String statusTitle, String detail, List<Problem.Violation> violations) {
        return respond(newInstance(), statusCode, statusTitle, detail, violations);
    }

    /** A query syntax problem, pointing at the 1-based position in the query text. */
    public Response atPosition(String detail, String field, int position) {
        Problem problem = new Problem(URI.create(BASE + slug), title, status.getStatusCode(), detail, newInstance(),
                List.of(new Problem.Violation(field, detail)), position);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    Response respond(URI instance, int statusCode, String statusTitle, String detail, List<Problem.Violation> violations) {
        Problem problem = new Problem(URI.create(BASE + slug), statusTitle, statusCode, detail, instance,
                violations.isEmpty() ? null : List.copyOf(violations), null);
        return Response.status(statusCode).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    static URI newInstance() {
        return URI.create("urn:uuid:" + UUID.randomUUID());
    }
}
