package org.dictum.search.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    @Test
    void an_unreadable_path_or_query_parameter_is_invalid_input_naming_it_as_the_api_words_it() {
        assertThat(ProblemMappers.Http.unreadableRequestParameter("RESTEASY003870: Unable to extract parameter from http request: "
                + "jakarta.ws.rs.QueryParam(\"reassignTo\") value is 'abc'"))
                .contains(new Problem.Violation("reassignTo", "reassignTo must be a whole number, was 'abc'"));
        assertThat(ProblemMappers.Http.unreadableRequestParameter("RESTEASY003870: Unable to extract parameter from http request: "
                + "jakarta.ws.rs.PathParam(\"id\") value is 'abc'"))
                .contains(new Problem.Violation("id", "id must be a whole number, was 'abc'"));
        assertThat(ProblemMappers.Http.unreadableRequestParameter("RESTEASY003870: Unable to extract parameter from http request: "
                + "jakarta.ws.rs.PathParam(\"id\") value is '99999999999999999999'"))
                .contains(new Problem.Violation("id", "id is out of range: a whole number from -9223372036854775808 to"
                        + " 9223372036854775807, was '99999999999999999999'"));
        assertThat(ProblemMappers.Http.unreadableRequestParameter("RESTEASY003210: Could not find resource")).isEmpty();
        assertThat(ProblemMappers.Http.unreadableRequestParameter(null)).isEmpty();
    }

    @Test
    void a_body_that_is_no_object_is_said_so_without_java_class_names() {
        String detail = ProblemMappers.rootMessage(new jakarta.ws.rs.ProcessingException(new jakarta.json.bind.JsonbException(
                "Cannot create instance of a class: class org.dictum.search.application.ArticleJson. Received event: START_ARRAY")));
        assertThat(detail).isEqualTo("The request body could not be read: a JSON object is expected, not an array")
                .doesNotContain("org.dictum");
        assertThat(ProblemMappers.rootMessage(new jakarta.json.bind.JsonbException("Unable to deserialize property 'topics'")))
                .isEqualTo("The request body could not be read: Unable to deserialize property 'topics'");
    }

    @Test
    void other_resteasy_messages_lose_their_message_code_only() {
        assertThat(ProblemMappers.Http.readable("RESTEASY003210: Could not find resource for full path: http://x/api/no"))
                .isEqualTo("Could not find resource for full path: http://x/api/no");
        assertThat(ProblemMappers.Http.readable("HTTP 405 Method Not Allowed")).isEqualTo("HTTP 405 Method Not Allowed");
        assertThat(ProblemMappers.Http.readable(null)).isNull();
    }

    @Test
    void a_violation_names_the_field_and_the_element_of_a_list() {
        assertThat(ProblemMappers.ConstraintViolations.leafOf("store.arg0.title")).isEqualTo("title");
        assertThat(ProblemMappers.ConstraintViolations.leafOf("store.arg0.topics[0].<list element>")).isEqualTo("topics[0]");
        assertThat(ProblemMappers.ConstraintViolations.leafOf("text")).isEqualTo("text");
    }

    @Test
    void an_unsupported_body_type_is_named_with_what_to_send_instead() {
        assertThat(ProblemMappers.Http.unsupportedBody(ProblemMappers.Http.readable("RESTEASY003065: Cannot consume content type"),
                "application/x-www-form-urlencoded")).isEqualTo(
                "This endpoint does not read a body of type application/x-www-form-urlencoded: send one it reads, such as"
                        + " application/json (see its request body in /openapi)");
        assertThat(ProblemMappers.Http.unsupportedBody("The charset 'x' is not supported; send the body as UTF-8", "text/plain"))
                .as("a reason of our own stays").isEqualTo("The charset 'x' is not supported; send the body as UTF-8");
    }

    @Test
    void an_unacceptable_accept_header_is_named_with_what_to_ask_for_instead() {
        assertThat(ProblemMappers.Http.unacceptable(ProblemMappers.Http.readable("RESTEASY003635: No match for accept header"),
                "application/xml")).isEqualTo("This endpoint answers none of the types the Accept header names (application/xml):"
                + " most endpoints answer application/json, and /openapi lists the types of each one's answers");
        assertThat(ProblemMappers.Http.unacceptable("This endpoint does not read a body of type text/plain", "application/xml"))
                .as("another detail stays").isEqualTo("This endpoint does not read a body of type text/plain");
    }

    @Test
    void the_detail_counts_the_invalid_fields_in_singular_or_plural() {
        assertThat(ProblemMappers.ConstraintViolations.summary(1)).isEqualTo("1 field is invalid");
        assertThat(ProblemMappers.ConstraintViolations.summary(2)).isEqualTo("2 fields are invalid");
    }

    /** A body JSON-B reads into one of the API's records (an actor write). */
    public record Change(Long version, String reason) {
    }

    /** A body with a list and a nested object, as an article's or an actor's. */
    public record Draft(String title, java.util.List<String> topics, Details details) {
    }

    public record Details(String type) {
    }

    private static Throwable unreadable(String json) {
        return unreadable(json, Change.class);
    }

    private static Throwable unreadable(String json, Class<?> type) {
        try {
            new JsonConfiguration().getContext(type).fromJson(json, type);
        } catch (jakarta.json.bind.JsonbException e) {
            return e;
        }
        throw new AssertionError("read although malformed: " + json);
    }

    @Test
    void a_member_of_the_wrong_json_kind_or_unknown_is_named_in_json_words_without_java_class_names() {
        assertThat(ProblemMappers.unreadableMember(unreadable("{\"topics\":\"Diplomacy\"}", Draft.class)))
                .contains(new Problem.Violation("topics", "topics: expected an array, not a string"));
        assertThat(ProblemMappers.unreadableMember(unreadable("{\"topics\":[{\"a\":1}]}", Draft.class)))
                .contains(new Problem.Violation("topics", "topics: expected a string, not an object"));
        assertThat(ProblemMappers.unreadableMember(unreadable("{\"details\":\"person\"}", Draft.class)))
                .contains(new Problem.Violation("details", "details: expected an object, not a string"));
        assertThat(ProblemMappers.unreadableMember(unreadable("{\"title\":\"t\",\"unknown\":1}", Draft.class)))
                .contains(new Problem.Violation("unknown", "unknown: not a member of this body"));
        assertThat(ProblemMappers.unreadableMember(unreadable("{\"details\":{\"bogus\":1}}", Draft.class)))
                .contains(new Problem.Violation("details.bogus", "details.bogus: not a member of this body"));
        assertThat(ProblemMappers.malformedBodyDetail(unreadable("{\"unknown\":1}", Draft.class)))
                .isEqualTo("The request body could not be read: unknown: not a member of this body")
                .doesNotContain("org.dictum", "class");
    }

    @Test
    void a_member_the_json_binding_cannot_read_is_named_as_the_violation() {
        assertThat(ProblemMappers.unreadableMember(unreadable("{\"version\":\"3\"}")))
                .contains(new Problem.Violation("version", "version: expected a whole number, not \"3\""));
        assertThat(ProblemMappers.unreadableMember(unreadable("{\"version\":99999999999999999999}")))
                .hasValueSatisfying(v -> assertThat(v.field()).isEqualTo("version"));
        assertThat(ProblemMappers.unreadableMember(new jakarta.ws.rs.ProcessingException(unreadable("{\"version\":1.5}"))))
                .contains(new Problem.Violation("version", "version: expected a whole number, not 1.5"));
        assertThat(ProblemMappers.malformedBodyDetail(unreadable("{\"version\":true}")))
                .isEqualTo("The request body could not be read: version: expected a whole number, not true");
        assertThat(ProblemMappers.unreadableMember(new jakarta.json.bind.JsonbException("Unexpected char 65,279"))).isEmpty();
    }
}
