package org.dictum.search.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dictum.domain.InvalidInputException;
import org.dictum.search.reindex.ReindexRequest;
import org.dictum.search.reindex.ReindexTarget;
import org.junit.jupiter.api.Test;

class ReindexBodyTest {

    @Test
    void no_body_or_no_types_means_every_type_without_stories() {
        ReindexRequest request = ReindexBody.orDefault(null).toRequest("admin");

        assertThat(request.orderedTargets()).containsExactly(ReindexTarget.ARTICLES, ReindexTarget.STATEMENTS);
        assertThat(request.regroupStories()).isFalse();
        assertThat(request.repair()).isFalse();
        assertThat(request.startedBy()).isEqualTo("admin");
    }

    @Test
    void types_are_named_case_insensitively_and_stories_can_come_alone() {
        assertThat(new ReindexBody(List.of("Statements"), null).toRequest("a").orderedTargets())
                .containsExactly(ReindexTarget.STATEMENTS);
        ReindexRequest storiesOnly = new ReindexBody(List.of(), true).toRequest("a");
        assertThat(storiesOnly.orderedTargets()).isEmpty();
        assertThat(storiesOnly.regroupStories()).isTrue();
    }

    @Test
    void unknown_types_and_nothing_to_do_are_refused_naming_the_field() {
        assertThatThrownBy(() -> new ReindexBody(List.of("articles", "actors"), null).toRequest("a"))
                .isInstanceOf(InvalidInputException.class).hasMessage("Unknown type 'actors': use articles and/or statements")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("types"));
        assertThatThrownBy(() -> new ReindexBody(List.of("actors", "topics"), null).toRequest("a"))
                .hasMessage("Unknown types 'actors', 'topics': use articles and/or statements");
        assertThatThrownBy(() -> new ReindexBody(List.of(), false).toRequest("a"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Nothing to do");
    }
}
