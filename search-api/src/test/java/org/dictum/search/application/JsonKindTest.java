package org.dictum.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonKindTest {

    @Test
    void a_value_and_the_parser_event_that_begins_it_are_named_alike() {
        for (String json : List.of("{}", "[]", "\"s\"", "1", "true", "false", "null")) {
            JsonValue value = StrictJson.read(json);
            try (JsonParser parser = Json.createParser(new StringReader(json))) {
                assertThat(JsonKind.ofParserEvent(parser.next().name())).as(json).contains(JsonKind.of(value));
            }
        }
    }

    @Test
    void kinds_are_named_with_their_article_and_tokens_only_for_values_of_a_kind() {
        assertThat(JsonKind.of(JsonValue.TRUE).phrase()).isEqualTo("a boolean");
        assertThat(JsonKind.of(JsonValue.EMPTY_JSON_ARRAY).phrase()).isEqualTo("an array");
        assertThat(JsonKind.ofToken("STRING")).contains(JsonKind.STRING);
        assertThat(JsonKind.ofToken("CURLYOPEN")).isEmpty();
        assertThat(JsonKind.ofParserEvent("END_OBJECT")).isEmpty();
    }
}
