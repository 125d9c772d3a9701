package org.dictum.search.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class BadRequestPageTest {

    @Test
    void a_refused_api_request_is_answered_as_problem_json_and_a_portal_one_with_the_page() {
        assertThat(BadRequestPage.isApi("", "/api/articles/%E0%A4")).isTrue();
        assertThat(BadRequestPage.isApi("/dictum", "/dictum/api/search/statements")).isTrue();
        assertThat(BadRequestPage.isApi("", "/search.xhtml")).isFalse();
        assertThat(BadRequestPage.isApi("", "/apiary")).isFalse();
        assertThat(BadRequestPage.isApi("", null)).isFalse();
    }

    @Test
    void the_problem_names_its_type_status_and_what_was_wrong() {
        JsonObject problem = Json.createReader(new StringReader(BadRequestPage.problem())).readObject();

        assertThat(problem.getString("type")).isEqualTo("https://dictum.org/problems/http");
        assertThat(problem.getInt("status")).isEqualTo(400);
        assertThat(problem.getString("title")).isEqualTo("Bad Request");
        assertThat(problem.getString("detail")).contains("percent-encoded");
        assertThat(problem.getString("instance")).startsWith("urn:uuid:");
    }
}
