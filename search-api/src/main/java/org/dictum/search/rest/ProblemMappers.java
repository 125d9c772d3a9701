package org.dictum.search.rest;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dictum.domain.ConflictException;
import org.dictum.domain.DomainException;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.StaleVersionException;
import org.dictum.domain.UnknownEntityException;
import org.dictum.domain.account.LastAdministratorException;
import org.dictum.domain.curation.CurationConflictException;
import org.dictum.domain.account.NameTakenException;
import org.dictum.domain.collection.DeletedCollectionException;
import org.dictum.domain.topic.skos.SkosFormatException;
import org.dictum.search.application.JsonKind;
import org.dictum.search.query.syntax.QuerySyntaxException;
import org.dictum.search.security.NotPermittedException;
import org.jboss.resteasy.api.validation.ResteasyViolationException;

/** Turns every exception that reaches the API into {@code application/problem+json}. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return ProblemType.INVALID_INPUT.response(e.getMessage(),
                    List.of(new Problem.Violation(e.field(), e.getMessage())));
        }
    }

    @Provider
    public static class ConstraintViolations implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<Problem.Violation> violations = e.getConstraintViolations().stream()
                    .map(v -> new Problem.Violation(leafOf(v.getPropertyPath().toString()), v.getMessage()))
                    .sorted(java.util.Comparator.comparing(Problem.Violation::field))
                    .toList();
            return ProblemType.INVALID_INPUT.response(summary(violations.size()), violations);
        }

        /** "1 field is invalid", "2 fields are invalid": the detail above the violations. */
        static String summary(int violations) {
            return violations == 1 ? "1 field is invalid" : violations + " fields are invalid";
        }

        /** "store.arg0.title" reads better as "title", and "store.arg0.topics[0].&lt;list element&gt;" as "topics[0]". */
        static String leafOf(String path) {
            String field = path.endsWith(".<list element>") ? path.substring(0, path.length() - ".<list element>".length())
                    : path;
            int dot = field.lastIndexOf('.');
            return dot < 0 ? field : field.substring(dot + 1);
        }
    }

    /** RESTEasy reports @Valid failures with its own subclass, which would otherwise get its own format. */
    @Provider
    public static class ResteasyViolations implements ExceptionMapper<ResteasyViolationException> {
        private final ConstraintViolations delegate = new ConstraintViolations();

        @Override
        public Response toResponse(ResteasyViolationException e) {
            if (!e.getReturnValueViolations().isEmpty()) {
                return new Unexpected().toResponse(e);
            }
            return delegate.toResponse(e);
        }
    }

    @Provider
    public static class QuerySyntax implements ExceptionMapper<QuerySyntaxException> {
        @Override
        public Response toResponse(QuerySyntaxException e) {
            return ProblemType.QUERY_SYNTAX.atPosition(e.getMessage(), e.parameter(), e.position() + 1);
        }
    }

    @Provider
    public static class UnknownEntity implements ExceptionMapper<UnknownEntityException> {
        @Override
        public Response toResponse(UnknownEntityException e) {
            return ProblemType.NOT_FOUND.response(e.getMessage());
        }
    }

    /** Valid credentials asking for what the caller's role does not allow (another user's tokens). */
    @Provider
    public static class NotPermitted implements ExceptionMapper<NotPermittedException> {
        @Override
        public Response toResponse(NotPermittedException e) {
            return AccessProblems.forbidden(e.getMessage());
        }
    }

    /** A collection asked for by the slug of a deleted one: gone for good, and its slug is never reused. */
    @Provider
    public static class DeletedCollection implements ExceptionMapper<DeletedCollectionException> {
        @Override
        public Response toResponse(DeletedCollectionException e) {
            return ProblemType.GONE.response(e.getMessage());
        }
    }

    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return malformedBody(e);
        }
    }

    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return malformedBody(e);
        }
    }

    /** Two writers changed the same record at the same time: the later one is refused, nothing is overwritten. */
    @Provider
    public static class OptimisticLock implements ExceptionMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            return ProblemType.CONFLICT.response("The record was changed by someone else meanwhile: reload it and retry");
        }
    }

    /** A name already taken, a cycle in the taxonomy, a record merged or changed meanwhile. */
    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return ProblemType.CONFLICT.response(e.getMessage());
        }
    }

    /** A SKOS document that cannot be imported. */
    @Provider
    public static class BadSkos implements ExceptionMapper<SkosFormatException> {
        @Override
        public Response toResponse(SkosFormatException e) {
            return ProblemType.INVALID_INPUT.response(e.getMessage(), List.of(new Problem.Violation("body", e.getMessage())));
        }
    }

    /**
     * A user name already in use, a change that would leave no enabled administrator, or a curation
     * step the record's state does not allow (withdrawing a withdrawn article).
     */
    @Provider
    public static class AccountConflict implements ExceptionMapper<DomainException> {
        @Override
        public Response toResponse(DomainException e) {
            if (e instanceof NameTakenException || e instanceof LastAdministratorException
                    || e instanceof CurationConflictException) {
                return ProblemType.CONFLICT.response(e.getMessage());
            }
            return new Unexpected().toResponse(e);
        }
    }

    /** A write based on a version that is no longer current: 409 naming the current version, also as ETag. */
    @Provider
    public static class StaleVersion implements ExceptionMapper<StaleVersionException> {
        @Override
        public Response toResponse(StaleVersionException e) {
            return Response.fromResponse(ProblemType.CONFLICT.response(e.getMessage()))
                    .tag(RecordVersions.entityTag(e.currentVersion()))
                    .build();
        }
    }

    @Provider
    public static class VersionRequired implements ExceptionMapper<VersionRequiredException> {
        @Override
        public Response toResponse(VersionRequiredException e) {
            return ProblemType.PRECONDITION_REQUIRED.response(e.getMessage());
        }
    }

    /** An If-Match the record does not meet: 412, with the current version as ETag when it was read. */
    @Provider
    public static class PreconditionFailed implements ExceptionMapper<PreconditionFailedException> {
        @Override
        public Response toResponse(PreconditionFailedException e) {
            Response problem = ProblemType.PRECONDITION_FAILED.response(e.getMessage(),
                    List.of(new Problem.Violation(HttpHeaders.IF_MATCH, e.getMessage())));
            OptionalLong current = e.currentVersion();
            return current.isEmpty() ? problem
                    : Response.fromResponse(problem).tag(RecordVersions.entityTag(current.getAsLong())).build();
        }
    }

    @Provider
    public static class TooLarge implements ExceptionMapper<PayloadTooLargeException> {
        @Override
        public Response toResponse(PayloadTooLargeException e) {
            return ProblemType.PAYLOAD_TOO_LARGE.response(e.getMessage());
        }
    }

    /** 404 for unknown paths, 405, 406, 415 and the like keep their status but speak problem+json. */
    @Provider
    public static class Http implements ExceptionMapper<WebApplicationException> {

        private static final String CANNOT_CONSUME = "Cannot consume content type";
        static final String NO_ACCEPTABLE_TYPE = "No match for accept header";

        @Context
        HttpHeaders request;

        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            if (e.getCause() instanceof JsonbException || e.getCause() instanceof ProcessingException) {
                return malformedBody(e);
            }
            Optional<Problem.Violation> badParameter = unreadableRequestParameter(e.getMessage());
            if (badParameter.isPresent()) {
                return ProblemType.INVALID_INPUT.response(badParameter.get().message(), List.of(badParameter.get()));
            }
            Response.StatusType status = original.getStatusInfo();
            String allow = original.getHeaderString(HttpHeaders.ALLOW);
            String detail = status.getStatusCode() == 405 && allow != null ? "This resource answers only " + allow
                    : unacceptable(unsupportedBody(readable(e.getMessage()), header(HttpHeaders.CONTENT_TYPE)), header(HttpHeaders.ACCEPT));
            Response problem = ProblemType.HTTP.response(status.getStatusCode(), status.getReasonPhrase(), detail, List.of());
            return allow == null ? problem : Response.fromResponse(problem).header(HttpHeaders.ALLOW, allow).build();
        }

        /**
         * RESTEasy's 415 said only "Cannot consume content type", which told a client (often curl -d, which sends a
         * form) neither the type it had sent nor that the API reads JSON: that detail names both. Any other detail,
         * such as our own refusals of a body without Content-Type or in another charset, stays as it is.
         */
        static String unsupportedBody(String detail, String contentType) {
            if (!CANNOT_CONSUME.equals(detail) || contentType == null || contentType.isBlank()) {
                return detail;
            }
            return "This endpoint does not read a body of type " + contentType.strip() + ": send one it reads, such as"
                    + " application/json (see its request body in /openapi)";
        }

        /**
         * RESTEasy's 406 said only "No match for accept header", naming neither the Accept it had read nor what to ask
         * for instead: that detail names both. Any other detail stays as it is.
         */
        static String unacceptable(String detail, String accept) {
            if (!NO_ACCEPTABLE_TYPE.equals(detail) || accept == null || accept.isBlank()) {
                return detail;
            }
            return "This endpoint answers none of the types the Accept header names (" + accept.strip() + "): most"
                    + " endpoints answer application/json, and /openapi lists the types of each one's answers";
        }

        private String header(String name) {
            return request == null ? null : request.getHeaderString(name);
        }

        private static final Pattern UNREADABLE_PARAMETER = Pattern.compile(
                "RESTEASY003870: Unable to extract parameter from http request: jakarta\\.ws\\.rs\\.(\\w+)Param\\(\"([^\"]*)\"\\)"
                        + " value is '(.*)'", Pattern.DOTALL);
        private static final Pattern RESTEASY_CODE = Pattern.compile("^RESTEASY\\d+: ");

        /**
         * A parameter that is not of its type ({@code limit=abc}, {@code /api/articles/abc}) is invalid input naming it,
         * worded as the API words its own refusals ({@code Paging}: "id must be a whole number, was 'abc'"). JAX-RS
         * answers 404 for it as for a path that names nothing, with RESTEasy's "'abc' is not a valid path parameter
         * id" and problem type {@code http}: a client concluded the record was missing rather than its address
         * malformed. Every typed parameter of the API is a whole number (record ids, {@code reassignTo}).
         */
        static Optional<Problem.Violation> unreadableRequestParameter(String message) {
            Matcher parameter = message == null ? null : UNREADABLE_PARAMETER.matcher(message);
            if (parameter == null || !parameter.find()) {
                return Optional.empty();
            }
            String name = parameter.group(2);
            String value = parameter.group(3);
            String problem = value.strip().matches("[+-]?\\d+")
                    ? name + " is out of range: a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ", was '" + value + "'"
                    : name + " must be a whole number, was '" + value + "'";
            return Optional.of(new Problem.Violation(name, problem));
        }

        /** RESTEasy's messages without their message codes: "Could not find resource for full path: …". */
        static String readable(String message) {
            return message == null ? null : RESTEASY_CODE.matcher(message).replaceFirst("");
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(Throwable e) {
            URI instance = ProblemType.newInstance();
            LOG.log(Level.SEVERE, "Unexpected error, problem instance " + instance, e);
            return ProblemType.INTERNAL.respond(instance, 500, "Internal server error",
                    "An unexpected error occurred; quote " + instance + " when reporting it", List.of());
        }
    }

    /** 400 for a body that could not be read, naming the member at fault when there is one. */
    static Response malformedBody(Throwable e) {
        return ProblemType.MALFORMED_BODY.response(malformedBodyDetail(e), unreadableMember(e).stream().toList());
    }

    static String malformedBodyDetail(Throwable e) {
        return unreadableMember(e).map(member -> "The request body could not be read: " + member.message())
                .orElseGet(() -> rootMessage(e));
    }

    /**
     * The member JSON-B could not read ({@code details.type} for one inside another) and why, from its "Unable to
     * deserialize property 'version' because of: …": the root cause alone said "expected a whole number, not "3""
     * without saying where.
     */
    static Optional<Problem.Violation> unreadableMember(Throwable e) {
        List<String> path = new ArrayList<>();
        String reason = null;
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            Matcher property = cause.getMessage() == null ? null : UNREADABLE_PROPERTY.matcher(cause.getMessage());
            Matcher unknown = cause.getMessage() == null ? null : UNKNOWN_PROPERTY.matcher(cause.getMessage());
            if (property != null && property.find()) {
                path.add(property.group(1));
                reason = cause.getMessage().substring(property.end());
            } else if (unknown != null && unknown.find()) {
                path.add(unknown.group(1));
                reason = "not a member of this body";
                break;
            }
        }
        if (path.isEmpty()) {
            return Optional.empty();
        }
        String member = String.join(".", path);
        return Optional.of(new Problem.Violation(member, member + ": " + readableReason(reason)));
    }

    private static final Pattern UNREADABLE_PROPERTY = Pattern.compile("^Unable to deserialize property '([^']+)' because of: ");
    /** "Json property bogus can not be mapped to a class class org.dictum….ArticleJson.": a member the body does not have. */
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("^Json property (.+?) can not be mapped to a class ");
    /**
     * "Incorrect position for processing type: interface java.util.List. Received event: VALUE_STRING Allowed:
     * [START_ARRAY]": a value of the wrong JSON kind, told in Java's types.
     */
    private static final Pattern WRONG_KIND = Pattern.compile(
            "^Incorrect position for processing type: .*Received event: (\\w+) Allowed: \\[([\\w, ]*)]", Pattern.DOTALL);

    /** JSON-B's reason in JSON's words: "expected an array, not a string" rather than Java type names. */
    static String readableReason(String reason) {
        Matcher wrongKind = WRONG_KIND.matcher(reason);
        if (!wrongKind.find()) {
            return reason;
        }
        String allowed = wrongKind.group(2);
        String expected = allowed.contains("START_ARRAY") ? JsonKind.ARRAY.phrase()
                : allowed.contains("START_OBJECT") ? JsonKind.OBJECT.phrase()
                : allowed.contains("VALUE_STRING") ? JsonKind.STRING.phrase() : "a single value";
        return "expected " + expected + ", not " + jsonKind(wrongKind.group(1));
    }

    /** The kind of value a JSON-P parser event begins, as {@link JsonKind} names it. */
    private static String jsonKind(String parserEvent) {
        return JsonKind.ofParserEvent(parserEvent).map(JsonKind::phrase).orElse(parserEvent);
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message == null) {
            return "The request body could not be read";
        }
        Matcher notAnObject = NOT_AN_OBJECT.matcher(message);
        if (notAnObject.find()) {
            return "The request body could not be read: a JSON object is expected, not " + jsonKind(notAnObject.group(1));
        }
        return "The request body could not be read: " + message;
    }

    /**
     * JSON-B's complaint when a value is no object where one of the API's records was expected: "… class
     * org.dictum.search.application.ArticleJson. Received event: START_ARRAY" told clients a Java class name.
     * (A whole body that is no object is refused before binding: {@link JsonBodyDecoding}.)
     */
    private static final Pattern NOT_AN_OBJECT = Pattern.compile("class org\\.dictum\\.[\\w.$]+.*Received event: (\\w+)", Pattern.DOTALL);
}
