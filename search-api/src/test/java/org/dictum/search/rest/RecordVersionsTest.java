package org.dictum.search.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import org.dictum.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class RecordVersionsTest {

    @Test
    void the_version_edited_comes_from_if_match_or_the_body() {
        assertThat(RecordVersions.readVersion("\"3\"", OptionalLong.empty())).isEqualTo(3);
        assertThat(RecordVersions.readVersion(null, OptionalLong.of(5))).isEqualTo(5);
        assertThat(RecordVersions.readVersion("\"6\"", OptionalLong.of(6))).isEqualTo(6);
    }

    @Test
    void a_write_that_names_no_version_or_two_different_ones_is_refused() {
        assertThatThrownBy(() -> RecordVersions.readVersion(null, OptionalLong.empty()))
                .isInstanceOf(VersionRequiredException.class).message().startsWith("Say which version you edited");
        assertThatThrownBy(() -> RecordVersions.readVersion("*", OptionalLong.empty()))
                .as("the client sent If-Match: it is told why that is not enough, not to send If-Match")
                .isInstanceOf(VersionRequiredException.class).hasMessageStartingWith("If-Match: * names no version. Say which version");
        assertThatThrownBy(() -> RecordVersions.readVersion("\"3\"", OptionalLong.of(4)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("3").hasMessageContaining("4");
        assertThatThrownBy(() -> RecordVersions.readVersion("\"abc\"", OptionalLong.empty()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void authority_and_taxonomy_writes_may_name_no_version_but_not_two_different_ones() {
        assertThat(RecordVersions.optionalVersion(null, null)).isNull();
        assertThat(RecordVersions.optionalVersion("*", null)).isNull();
        assertThat(RecordVersions.optionalVersion("\"7\"", null)).isEqualTo(7L);
        assertThat(RecordVersions.optionalVersion(null, 8L)).isEqualTo(8L);
        assertThatThrownBy(() -> RecordVersions.optionalVersion("\"7\"", 8L)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_weak_entity_tag_never_matches_under_if_match_on_any_write() {
        assertThatThrownBy(() -> RecordVersions.readVersion("W/\"4\"", OptionalLong.empty()))
                .isInstanceOf(WeakEntityTagException.class).hasMessageContaining("W/\"4\"").hasMessageContaining("weak");
        assertThatThrownBy(() -> RecordVersions.readVersion(" W/\"4\" ", OptionalLong.of(4)))
                .isInstanceOf(WeakEntityTagException.class);
        assertThatThrownBy(() -> RecordVersions.optionalVersion("W/\"7\"", null))
                .isInstanceOf(WeakEntityTagException.class);
        assertThatThrownBy(() -> RecordVersions.optionalVersion("W/\"7\"", 7L))
                .isInstanceOf(WeakEntityTagException.class);
    }

    @Test
    void a_negative_version_in_the_body_or_in_if_match_is_invalid_input_naming_where_it_came_from() {
        assertThatThrownBy(() -> RecordVersions.readVersion(null, OptionalLong.of(-1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("from 0 to")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("version");
        assertThatThrownBy(() -> RecordVersions.optionalVersion(null, -1L))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("version");
        assertThatThrownBy(() -> RecordVersions.readVersion("\"-2\"", OptionalLong.empty()))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("If-Match");
        assertThatThrownBy(() -> RecordVersions.optionalVersion("\"-2\"", null))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("If-Match");
        assertThat(RecordVersions.readVersion("\"0\"", OptionalLong.of(0))).isZero();
    }
}
