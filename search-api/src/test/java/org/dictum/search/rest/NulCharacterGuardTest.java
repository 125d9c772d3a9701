package org.dictum.search.rest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.MultivaluedHashMap;
import org.dictum.domain.InvalidInputException;
import org.dictum.search.application.StrictJson;
import org.junit.jupiter.api.Test;

class NulCharacterGuardTest {

    @Test
    void a_nul_character_in_a_body_is_refused_naming_the_member_by_its_path() {
        assertRefused("{\"title\":\"Bad\\u0000title\"}", "title");
        assertRefused("{\"details\":{\"type\":\"ngo\",\"description\":\"x\\u0000\"}}", "details.description");
        assertRefused("{\"members\":[{\"id\":1},{\"id\":2,\"note\":\"\\u0000\"}]}", "members[1].note");
        assertRefused("{\"topics\":[\"Trade\",\"Far\\u0000ming\"]}", "topics[1]");
        assertRefused("{\"a\\u0000b\":1}", "a\\u0000b");
    }

    @Test
    void a_body_without_nul_characters_passes_whatever_else_it_holds() {
        assertThatCode(() -> NulCharacterGuard.checkBody(StrictJson.read(
                "{\"title\":\"Caf\\u00e9 \\\\u0000 \\t\",\"n\":1,\"b\":true,\"z\":null,\"l\":[[\"x\"]]}")))
                .doesNotThrowAnyException();
    }

    @Test
    void a_nul_character_in_a_parameter_name_or_value_is_refused_naming_the_parameter() {
        MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
        query.add("q", "trade");
        query.add("actor", "Russia");
        query.add("actor", "Chi\u0000na");
        assertThatThrownBy(() -> NulCharacterGuard.checkParameters("query parameter", query))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("query parameter 'actor' holds a NUL character (\\u0000), which cannot be stored")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("actor");
        MultivaluedHashMap<String, String> path = new MultivaluedHashMap<>();
        path.add("slug", "a\u0000");
        assertThatThrownBy(() -> NulCharacterGuard.checkParameters("path parameter", path))
                .hasMessage("path parameter 'slug' holds a NUL character (\\u0000), which cannot be stored");
    }

    @Test
    void a_nul_character_in_the_change_reason_header_is_refused_naming_the_header_whatever_its_case() {
        MultivaluedHashMap<String, String> headers = new MultivaluedHashMap<>();
        headers.add("Content-Type", "application/json");
        headers.add("x-dictum-reason", "typo\u0000fixed");
        assertThatThrownBy(() -> NulCharacterGuard.checkStoredHeaders(headers))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("header 'X-Dictum-Reason' holds a NUL character (\\u0000), which cannot be stored")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("X-Dictum-Reason");
        MultivaluedHashMap<String, String> clean = new MultivaluedHashMap<>();
        clean.add("X-Dictum-Reason", "typo fixed");
        clean.add("User-Agent", "agent\u0000");
        assertThatCode(() -> NulCharacterGuard.checkStoredHeaders(clean)).as("only stored headers are checked")
                .doesNotThrowAnyException();
    }

    private static void assertRefused(String body, String field) {
        assertThatThrownBy(() -> NulCharacterGuard.checkBody(StrictJson.read(body))).as(body)
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("field '" + field + "' holds a NUL character (\\u0000), which cannot be stored")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo(field);
    }
}
