package org.dictum.search.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    @Test
    void one_value_with_whitespace_around_it_is_read_whole() {
        JsonValue value = StrictJson.read(" {\"text\":\"a\",\"topics\":[\"x\",{\"n\":1.5}],\"ok\":true,\"none\":null}\r\n ");
        assertThat(value.asJsonObject().getString("text")).isEqualTo("a");
        assertThat(value.asJsonObject().getJsonArray("topics").getJsonObject(1).getJsonNumber("n").doubleValue()).isEqualTo(1.5);
        assertThat(value.asJsonObject().getBoolean("ok")).isTrue();
        assertThat(value.asJsonObject().isNull("none")).isTrue();
        assertThat(StrictJson.read("[]").asJsonArray()).isEmpty();
    }

    @Test
    void a_second_value_after_the_first_is_refused_not_dropped() {
        assertThatThrownBy(() -> StrictJson.read("{\"url\":\"https://tg.example.com/1\"} {\"url\":\"https://tg.example.com/2\"}"))
                .isInstanceOf(StrictJson.MalformedJsonException.class)
                .hasMessageContaining("unexpected text after the JSON value, which ends at character 34");
    }

    @Test
    void text_that_is_not_json_after_the_value_is_refused() {
        assertThatThrownBy(() -> StrictJson.read("{\"text\":\"a\"}garbage"))
                .isInstanceOf(StrictJson.MalformedJsonException.class)
                .hasMessageContaining("after the JSON value");
        assertThatThrownBy(() -> StrictJson.read("{\"text\":\"a\"} trailing"))
                .hasMessageContaining("after the JSON value");
    }

    @Test
    void a_key_given_twice_in_one_object_is_refused_by_name() {
        assertThatThrownBy(() -> StrictJson.read("{\"text\":\"a\",\"nested\":{\"k\":1,\"k\":2}}"))
                .isInstanceOf(StrictJson.MalformedJsonException.class)
                .hasMessageContaining("the key \"k\" appears twice");
        assertThat(StrictJson.read("[{\"k\":1},{\"k\":2}]").asJsonArray()).hasSize(2);
    }

    @Test
    void broken_json_and_nothing_at_all_are_refused() {
        assertThatThrownBy(() -> StrictJson.read("{\"title\": broken")).hasMessageStartingWith("not valid JSON");
        assertThatThrownBy(() -> StrictJson.read("{\"title\":\"a\"")).hasMessageStartingWith("not valid JSON");
        assertThatThrownBy(() -> StrictJson.read("   ")).isInstanceOf(StrictJson.MalformedJsonException.class);
    }

    @Test
    void the_parsers_complaint_names_characters_tokens_and_places_in_words() {
        assertThatThrownBy(() -> StrictJson.read("not json"))
                .hasMessage("not valid JSON: unexpected 'o' at line 1, column 2 (expected 'u')");
        assertThatThrownBy(() -> StrictJson.read("{\"title\": broken"))
                .hasMessage("not valid JSON: unexpected 'b' at line 1, column 11");
        assertThatThrownBy(() -> StrictJson.read("{\"a\":1,}"))
                .hasMessage("not valid JSON: unexpected } at line 1, column 8; expected a string");
        assertThatThrownBy(() -> StrictJson.read("{\"title\":\"a\""))
                .hasMessage("not valid JSON: the text ends before the JSON value does; expected , or }");
        assertThatThrownBy(() -> StrictJson.read("{\"a\":\"x\u0001\"}"))
                .hasMessage("not valid JSON: unexpected control character U+0001 at line 1, column 8");
        assertThatThrownBy(() -> StrictJson.read("tru"))
                .hasMessage("not valid JSON: the text ends before the JSON value does (expected 'e')");
    }
}
