package org.dictum.search.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import org.dictum.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class JsonBodyDecodingTest {

    @Test
    void a_body_is_read_in_its_declared_charset() {
        byte[] latin1 = "{\"title\":\"Café\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(JsonBodyDecoding.decode(latin1, StandardCharsets.ISO_8859_1)).isEqualTo("{\"title\":\"Café\"}");
        byte[] utf8 = "{\"title\":\"Café – 東京\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(JsonBodyDecoding.decode(utf8, StandardCharsets.UTF_8)).isEqualTo("{\"title\":\"Café – 東京\"}");
    }

    @Test
    void bytes_that_are_not_text_in_the_charset_are_refused_with_their_position() {
        byte[] latin1AsUtf8 = "{\"t\":\"Café\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> JsonBodyDecoding.decode(latin1AsUtf8, StandardCharsets.UTF_8))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not valid UTF-8")
                .hasMessageContaining("byte 9 ");
        byte[] truncated = {'{', '"', 't', '"', ':', '"', (byte) 0xc3, 0x28, '"', '}'};
        assertThatThrownBy(() -> JsonBodyDecoding.decode(truncated, StandardCharsets.UTF_8))
                .hasMessageContaining("byte 6 ");
    }

    @Test
    void json_media_types_include_the_structured_suffix() {
        assertThat(JsonBodyDecoding.isJson(MediaType.APPLICATION_JSON_TYPE)).isTrue();
        assertThat(JsonBodyDecoding.isJson(new MediaType("application", "merge-patch+json"))).isTrue();
        assertThat(JsonBodyDecoding.isJson(new MediaType("application", "x-ndjson"))).isFalse();
        assertThat(JsonBodyDecoding.isJson(MediaType.TEXT_PLAIN_TYPE)).isFalse();
    }

    @Test
    void a_body_with_text_after_its_value_or_a_key_twice_is_refused() {
        assertThatThrownBy(() -> JsonBodyDecoding.checkOneObject("{\"text\":\"a\"} trailing"))
                .isInstanceOf(jakarta.json.bind.JsonbException.class)
                .hasMessageContaining("The body must be one JSON value")
                .hasMessageContaining("after the JSON value");
        assertThatThrownBy(() -> JsonBodyDecoding.checkOneObject("{\"text\":\"a\",\"text\":\"b\"}"))
                .isInstanceOf(jakarta.json.bind.JsonbException.class)
                .hasMessageContaining("\"text\" appears twice");
        JsonBodyDecoding.checkOneObject("{\"text\":\"a\"}\n");
    }

    @Test
    void a_body_that_is_no_object_is_refused_saying_what_it_is() {
        assertThatThrownBy(() -> JsonBodyDecoding.checkOneObject("[{\"text\":\"a\"}]"))
                .isInstanceOf(jakarta.json.bind.JsonbException.class)
                .hasMessage("The body must be a JSON object, not an array");
        assertThatThrownBy(() -> JsonBodyDecoding.checkOneObject("\"text\"")).hasMessage("The body must be a JSON object, not a string");
    }

    @Test
    void a_leading_byte_order_mark_is_passed_over() {
        byte[] withMark = "\uFEFF{\"text\":\"a\"}".getBytes(StandardCharsets.UTF_8);
        String text = JsonBodyDecoding.withoutByteOrderMark(JsonBodyDecoding.decode(withMark, StandardCharsets.UTF_8));
        assertThat(text).isEqualTo("{\"text\":\"a\"}");
        JsonBodyDecoding.checkOneObject(text);
        assertThat(JsonBodyDecoding.withoutByteOrderMark("{\"t\":\"\uFEFF\"}")).isEqualTo("{\"t\":\"\uFEFF\"}");
    }
}
