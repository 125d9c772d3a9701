package org.dictum.search.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import org.dictum.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class JsonMergePatchTest {

    /** The merge patches of the API, which share the reading of {@code version}. */
    private static final List<Function<String, JsonMergePatch>> PATCHES = List.of(
            ArticleMetadataPatch::parse, StatementPatch::parse, CollectionPatch::parse);

    @Test
    void the_version_read_is_a_whole_number_or_absent() {
        for (Function<String, JsonMergePatch> patch : PATCHES) {
            assertThat(patch.apply("{\"version\":3}").version()).isEqualTo(OptionalLong.of(3));
            assertThat(patch.apply("{\"version\":0}").version()).isEqualTo(OptionalLong.of(0));
            assertThat(patch.apply("{\"version\":9223372036854775807}").version()).isEqualTo(OptionalLong.of(Long.MAX_VALUE));
            assertThat(patch.apply("{}").version()).isEmpty();
        }
    }

    @Test
    void a_version_that_is_no_whole_number_from_zero_within_range_is_invalid_input_naming_the_member() {
        for (Function<String, JsonMergePatch> patch : PATCHES) {
            for (String version : List.of("1.5", "1.0", "1e30", "99999999999999999999", "9223372036854775808",
                    "-1", "-9223372036854775809", "\"3\"", "true", "null", "[3]", "{}")) {
                assertThatThrownBy(() -> patch.apply("{\"version\":" + version + "}").version()).as(version)
                        .isInstanceOf(InvalidInputException.class)
                        .hasMessageContaining("version must be a whole number from 0 to " + Long.MAX_VALUE)
                        .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("version");
            }
        }
    }

    @Test
    void the_message_shows_the_value_given() {
        assertThatThrownBy(() -> StatementPatch.parse("{\"version\":99999999999999999999}"))
                .hasMessageEndingWith("was 99999999999999999999");
        assertThatThrownBy(() -> ArticleMetadataPatch.parse("{\"version\":\"3\"}"))
                .hasMessageEndingWith("was \"3\"");
    }
}
