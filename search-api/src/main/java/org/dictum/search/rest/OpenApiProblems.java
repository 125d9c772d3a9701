package org.dictum.search.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds to every operation of the OpenAPI document the problem+json answers it can give, in one
 * place rather than on each method (and the {@code Link} headers of the paged lists, {@link PageLinks#document}): 400 always (input, or a query parameter it does not take), 401 always (bad credentials, or a
 * private archive), 403 where it needs a role, 404 where its path names a record, 409 and 412 (a weak
 * entity tag, or a list of tags none of them current) where it takes {@code If-Match}, 406 always (an Accept it answers none of), 413 (too large) and 415 (no
 * Content-Type, or another type) where it reads a body and on every write, 500 always; and the {@code Problem} schema they share. History pages get their paging
 * headers here too ({@link RevisionPaging#documentHeaders}), the GETs that answer an ETag their 304
 * ({@link NotModified#document}), the 201 and 202 answers their Location, and the writes that take If-Match their
 * ETag, and every write the {@link ChangeReasonHeader} it reads. Registered with
 * {@code mp.openapi.filter}.
 */
public class OpenApiProblems implements OASFilter {

    private static final String LOCATION = "Location";
    /**
     * The verbs that may carry a body: {@link RequestBodyGuard} refuses a body over the limit (413) or without a
     * Content-Type (415) on each of them, whether or not the operation reads one.
     */
    private static final Set<PathItem.HttpMethod> WRITES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);
    private static final String REF = "#/components/schemas/" + ApiDocs.PROBLEM_SCHEMA;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(ApiDocs.PROBLEM_SCHEMA, problemSchema());
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            NotModified.document(item.getGET());
            item.getOperations().forEach((verb, op) -> {
                boolean write = WRITES.contains(verb);
                RevisionPaging.documentHeaders(path, op);
                PageLinks.document(op);
                documentLocation(op);
                documentEntityTag(op);
                if (write) {
                    ChangeReasonHeader.document(op);
                }
                addProblems(path, op, write);
            });
        });
    }

    /**
     * Every 201 and 202 answer names in Location what it made, or the status to follow (each resource sets it): their
     * descriptions said so, but only two operations declared the header, so a client generated from the document
     * never read it.
     */
    static void documentLocation(Operation operation) {
        APIResponses responses = operation.getResponses();
        for (String code : List.of("201", "202")) {
            APIResponse answer = responses == null ? null : responses.getAPIResponse(code);
            if (answer != null && (answer.getHeaders() == null || !answer.getHeaders().containsKey(LOCATION))) {
                answer.addHeader(LOCATION, OASFactory.createHeader().description("What was made, or the status to follow")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")));
            }
        }
    }

    /**
     * Every write that takes If-Match answers the version it stored as ETag (the next write's If-Match): most of their
     * descriptions said so, but none declared the header, so a client generated from the document never read it.
     */
    static void documentEntityTag(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null || operation.getParameters() == null
                || operation.getParameters().stream().noneMatch(p -> "If-Match".equalsIgnoreCase(p.getName()))) {
            return;
        }
        for (String code : List.of("200", "201")) {
            APIResponse answer = responses.getAPIResponse(code);
            if (answer != null && (answer.getHeaders() == null || !answer.getHeaders().containsKey(ApiDocs.ETAG))) {
                answer.addHeader(ApiDocs.ETAG, OASFactory.createHeader().description(ApiDocs.ETAG_DESCRIPTION)
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
            }
        }
    }

    private static void addProblems(String path, Operation operation, boolean write) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        Map<String, String> problems = new LinkedHashMap<>();
        // Every operation refuses a query parameter it does not take (UnknownQueryParameters), so every one can answer 400.
        problems.put("400", "Invalid input: the violations name the fields (query-syntax errors give the position),"
                + " or a query parameter the operation does not take");
        problems.put("401", "No valid credentials where they are needed (also on reads when the archive is private)");
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            problems.put("403", "The caller's role or token scope falls short");
        }
        if (path.contains("{")) {
            problems.put("404", "No such record (or not yours)");
        }
        if (parameters.stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()))) {
            problems.put("409", "Stale version (the current one is named) or a change the record's state forbids");
            problems.put("412", "If-Match listed several versions (\"2\", \"3\"), none the current one (named as ETag), or"
                    + " only weak entity tags (W/\"3\"), which never match: send the ETag as read");
        }
        // RESTEasy refuses an Accept that names none of an operation's types, and a body of a type it does not read.
        problems.put("406", "The Accept header names none of the types this operation answers");
        if (operation.getRequestBody() != null || write) {
            problems.put("413", "A body over dictum.api.max-body-bytes (import uploads: dictum.import.max-upload-bytes)");
            problems.put("415", "A body without a Content-Type, or of a type this operation does not read (its request body,"
                    + " where it has one, lists those it reads)");
        }
        problems.put("500", "Unexpected failure; the instance id is in the server log");
        problems.forEach((code, description) -> {
            if (!responses.hasAPIResponse(code)) {
                responses.addAPIResponse(code, problem(description));
            }
        });
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF))));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema violation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("message", text);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem detail")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")
                        .examples(List.of("https://dictum.org/problems/validation")))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri"))
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(violation))
                .addProperty("position", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .description("query-syntax: 1-based position of the problem in q"))
                .required(List.of("type", "title", "status"));
    }
}
