package org.dictum.search.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import org.dictum.domain.InvalidInputException;
import org.dictum.search.collection.CollectionEdit;
import org.junit.jupiter.api.Test;

class CollectionPatchTest {

    @Test
    void absent_members_leave_their_parts_alone() {
        CollectionPatch patch = CollectionPatch.parse("{\"version\":2}");

        assertThat(patch.toEdit()).isEqualTo(new CollectionEdit(null, null, null));
        assertThat(patch.version()).isEqualTo(OptionalLong.of(2));
    }

    @Test
    void present_members_replace_their_parts() {
        CollectionPatch patch = CollectionPatch.parse(
                "{\"title\":\"Talks\",\"description\":\"About talks\",\"visibility\":\"public\",\"reason\":\"tidy\"}");

        assertThat(patch.toEdit()).isEqualTo(new CollectionEdit("Talks", "About talks", "public"));
        assertThat(patch.reason()).contains("tidy");
    }

    @Test
    void a_null_or_empty_description_clears_it() {
        assertThat(CollectionPatch.parse("{\"description\":null}").toEdit()).isEqualTo(new CollectionEdit(null, "", null));
        assertThat(CollectionPatch.parse("{\"description\":\"\"}").toEdit()).isEqualTo(new CollectionEdit(null, "", null));
    }

    @Test
    void a_null_title_is_refused_naming_title_since_a_collection_always_has_one() {
        assertThatThrownBy(() -> CollectionPatch.parse("{\"title\":null}"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("title cannot be removed")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("title");
    }

    @Test
    void a_null_visibility_is_refused_naming_visibility() {
        assertThatThrownBy(() -> CollectionPatch.parse("{\"visibility\":null}"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("visibility");
    }

    @Test
    void unknown_members_and_non_text_values_are_refused_naming_the_member() {
        assertThatThrownBy(() -> CollectionPatch.parse("{\"slug\":\"other\"}"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot be edited")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("slug");
        assertThatThrownBy(() -> CollectionPatch.parse("{\"title\":3}"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("title");
    }

    @Test
    void an_overlong_title_is_refused_naming_title() {
        assertThatThrownBy(() -> CollectionPatch.parse("{\"title\":\"" + "x".repeat(201) + "\"}"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("title");
    }
}
