package org.dictum.search.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import java.util.function.LongSupplier;
import org.dictum.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class RecordVersionsTest {

    /** The current version where a single tag or none is named: reading it would be a needless query. */
    private static final LongSupplier UNREAD = () -> {
        throw new AssertionError("the current version was read");
    };

    @Test
    void the_version_edited_comes_from_if_match_or_the_body() {
        assertThat(RecordVersions.readVersion("\"3\"", OptionalLong.empty(), UNREAD)).isEqualTo(3);
        assertThat(RecordVersions.readVersion(null, OptionalLong.of(5), UNREAD)).isEqualTo(5);
        assertThat(RecordVersions.readVersion("\"6\"", OptionalLong.of(6), UNREAD)).isEqualTo(6);
    }

    @Test
    void a_write_that_names_no_version_or_two_different_ones_is_refused() {
        assertThatThrownBy(() -> RecordVersions.readVersion(null, OptionalLong.empty(), UNREAD))
                .isInstanceOf(VersionRequiredException.class).message().startsWith("Say which version you edited");
        assertThatThrownBy(() -> RecordVersions.readVersion("*", OptionalLong.empty(), UNREAD))
                .as("the client sent If-Match: it is told why that is not enough, not to send If-Match")
                .isInstanceOf(VersionRequiredException.class).hasMessageStartingWith("If-Match: * names no version. Say which version");
        assertThatThrownBy(() -> RecordVersions.readVersion("\"3\"", OptionalLong.of(4), UNREAD))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("3").hasMessageContaining("4");
        assertThatThrownBy(() -> RecordVersions.readVersion("\"abc\"", OptionalLong.empty(), UNREAD))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void authority_and_taxonomy_writes_may_name_no_version_but_not_two_different_ones() {
        assertThat(RecordVersions.optionalVersion(null, null, UNREAD)).isNull();
        assertThat(RecordVersions.optionalVersion("*", null, UNREAD)).isNull();
        assertThat(RecordVersions.optionalVersion("\"7\"", null, UNREAD)).isEqualTo(7L);
        assertThat(RecordVersions.optionalVersion(null, 8L, UNREAD)).isEqualTo(8L);
        assertThatThrownBy(() -> RecordVersions.optionalVersion("\"7\"", 8L, UNREAD)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_weak_entity_tag_never_matches_under_if_match_on_any_write() {
        assertThatThrownBy(() -> RecordVersions.readVersion("W/\"4\"", OptionalLong.empty(), UNREAD))
                .isInstanceOf(WeakEntityTagException.class).hasMessageContaining("W/\"4\"").hasMessageContaining("weak");
        assertThatThrownBy(() -> RecordVersions.readVersion(" W/\"4\" ", OptionalLong.of(4), UNREAD))
                .isInstanceOf(WeakEntityTagException.class);
        assertThatThrownBy(() -> RecordVersions.optionalVersion("W/\"7\"", null, UNREAD))
                .isInstanceOf(WeakEntityTagException.class);
        assertThatThrownBy(() -> RecordVersions.optionalVersion("W/\"7\"", 7L, UNREAD))
                .isInstanceOf(WeakEntityTagException.class);
    }

    @Test
    void a_negative_version_in_the_body_or_in_if_match_is_invalid_input_naming_where_it_came_from() {
        assertThatThrownBy(() -> RecordVersions.readVersion(null, OptionalLong.of(-1), UNREAD))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("from 0 to")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("version");
        assertThatThrownBy(() -> RecordVersions.optionalVersion(null, -1L, UNREAD))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("version");
        assertThatThrownBy(() -> RecordVersions.readVersion("\"-2\"", OptionalLong.empty(), UNREAD))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("If-Match");
        assertThatThrownBy(() -> RecordVersions.optionalVersion("\"-2\"", null, UNREAD))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("If-Match");
        assertThat(RecordVersions.readVersion("\"0\"", OptionalLong.of(0), UNREAD)).isZero();
    }

    @Test
    void if_match_listing_several_versions_names_the_current_one_when_it_is_listed() {
        assertThat(RecordVersions.readVersion("\"2\", \"3\"", OptionalLong.empty(), () -> 3)).isEqualTo(3);
        assertThat(RecordVersions.readVersion(" \"3\" ,\"2\"", OptionalLong.empty(), () -> 3)).isEqualTo(3);
        assertThat(RecordVersions.optionalVersion("\"7\", \"8\"", null, () -> 7)).isEqualTo(7L);
        assertThat(RecordVersions.readVersion("W/\"3\", \"4\", \"5\"", OptionalLong.empty(), () -> 5))
                .as("a weak tag in the list matches nothing, the strong ones still do").isEqualTo(5);
        assertThat(RecordVersions.readVersion("\"4\", W/\"3\"", OptionalLong.empty(), UNREAD))
                .as("one strong tag among weak ones is one version, as if alone").isEqualTo(4);
        assertThat(RecordVersions.readVersion("\"4\", \"4\"", OptionalLong.empty(), UNREAD)).isEqualTo(4);
    }

    @Test
    void if_match_listing_several_versions_none_of_them_current_fails_the_precondition_with_the_current_version() {
        assertThatThrownBy(() -> RecordVersions.readVersion("\"2\", \"3\"", OptionalLong.empty(), () -> 5))
                .isInstanceOf(UnmatchedEntityTagsException.class).hasMessageContaining("\"2\", \"3\"")
                .hasMessageContaining("\"5\"")
                .extracting(e -> ((PreconditionFailedException) e).currentVersion()).isEqualTo(OptionalLong.of(5));
        assertThatThrownBy(() -> RecordVersions.optionalVersion("\"7\", \"8\"", null, () -> 9))
                .isInstanceOf(UnmatchedEntityTagsException.class);
        assertThatThrownBy(() -> RecordVersions.optionalVersion("W/\"7\", W/\"8\"", null, UNREAD))
                .as("weak tags only").isInstanceOf(WeakEntityTagException.class).hasMessageContaining("W/\"7\", W/\"8\"");
    }

    @Test
    void a_body_version_must_be_one_if_match_lists_and_is_the_one_edited() {
        assertThat(RecordVersions.readVersion("\"2\", \"3\"", OptionalLong.of(2), UNREAD)).isEqualTo(2);
        assertThat(RecordVersions.optionalVersion("\"2\", \"3\"", 3L, UNREAD)).isEqualTo(3L);
        assertThatThrownBy(() -> RecordVersions.readVersion("\"2\", \"3\"", OptionalLong.of(4), UNREAD))
                .isInstanceOf(InvalidInputException.class).hasMessage("If-Match names versions 2, 3 but the body version 4");
    }

    @Test
    void a_list_holding_a_tag_that_is_no_version_or_a_star_is_invalid_input_naming_if_match() {
        for (String ifMatch : new String[] {"\"2\", \"abc\"", "\"2\", *", "\"2\", \"-1\"", " , "}) {
            assertThatThrownBy(() -> RecordVersions.readVersion(ifMatch, OptionalLong.empty(), UNREAD)).as(ifMatch)
                    .isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("If-Match");
        }
    }
}
