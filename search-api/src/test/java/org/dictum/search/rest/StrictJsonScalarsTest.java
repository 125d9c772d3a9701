package org.dictum.search.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonScalarsTest {

    /** Request bodies hold boxed booleans and numbers (absent is null), which the strict reading covers. */
    public record Change(Boolean publicRead, Boolean enabled, Long affiliation, Long version, Integer start, Integer end) {
    }

    private final Jsonb jsonb = new JsonConfiguration().getContext(Change.class);

    private Change read(String json) {
        return jsonb.fromJson(json, Change.class);
    }

    @Test
    void json_booleans_and_whole_numbers_are_read() {
        Change change = read("{\"publicRead\":true,\"enabled\":false,\"affiliation\":12,\"version\":3,\"start\":0,\"end\":-4}");

        assertThat(change).isEqualTo(new Change(true, false, 12L, 3L, 0, -4));
        assertThat(read("{\"publicRead\":null,\"affiliation\":null}").publicRead()).isNull();
    }

    @Test
    void strings_numbers_and_fractions_in_their_place_are_malformed_not_false_or_rounded() {
        List<String> accepted = new ArrayList<>();
        for (String json : new String[] {"{\"publicRead\":\"yes\"}", "{\"publicRead\":1}", "{\"publicRead\":\"true\"}",
                "{\"enabled\":0}", "{\"affiliation\":1.9}", "{\"affiliation\":\"3\"}", "{\"version\":\"2\"}",
                "{\"start\":2.5}", "{\"end\":4294967296}",
                "{\"version\":99999999999999999999}", "{\"version\":1e30}"}) {
            try {
                read(json);
                accepted.add(json);
            } catch (JsonbException expected) {
                // refused, as it should be
            }
        }
        assertThat(accepted).as("bodies read although a value is not a JSON boolean or whole number").isEmpty();
    }

    /** A body with text members, as an article's (title, topics). */
    public record Text(String title, List<String> topics) {
    }

    @Test
    void numbers_booleans_and_containers_in_place_of_text_are_malformed_not_read_as_their_digits() {
        Jsonb text = new JsonConfiguration().getContext(Text.class);
        assertThat(text.fromJson("{\"title\":\"Talks\",\"topics\":[\"Diplomacy\"]}", Text.class))
                .isEqualTo(new Text("Talks", List.of("Diplomacy")));
        assertThat(text.fromJson("{\"title\":null}", Text.class).title()).isNull();
        for (String json : new String[] {"{\"title\":123}", "{\"title\":true}", "{\"title\":[\"a\"]}",
                "{\"topics\":[1,2]}", "{\"topics\":[false]}"}) {
            assertThatThrownBy(() -> text.fromJson(json, Text.class)).as(json).isInstanceOf(JsonbException.class)
                    .hasMessageContaining("expected a string, not");
        }
    }

    @Test
    void a_whole_number_beyond_the_range_of_long_is_refused_as_such_naming_the_member() {
        for (String json : new String[] {"{\"version\":99999999999999999999}", "{\"affiliation\":-9223372036854775809}"}) {
            assertThatThrownBy(() -> read(json)).as(json).isInstanceOf(JsonbException.class)
                    .hasMessageContaining("Unable to deserialize property")
                    .hasMessageContaining("expected a whole number within " + Long.MIN_VALUE + ".." + Long.MAX_VALUE);
        }
    }
}
