package org.dictum.web.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dictum.search.authority.TopicEntry;
import org.junit.jupiter.api.Test;

/** The Taxonomy page's tree nests narrower topics in lists within their broader topic's item. */
class TopicTreeTest {

    @Test
    void narrower_topics_are_listed_inside_their_broader_topic_s_item() {
        List<TopicRow> rows = TopicTree.rows(List.of(topic(1, "Economy", null), topic(2, "Trade", 1L),
                topic(3, "Tariffs", 2L), topic(4, "Jobs", 1L), topic(5, "Sport", null)));

        assertThat(markup(rows)).isEqualTo("<li>Economy<ul><li>Trade<ul><li>Tariffs</li></ul></li><li>Jobs</li></ul></li>"
                + "<li>Sport</li>");
        assertThat(rows).extracting(TopicRow::getDepth).containsExactly(0, 1, 2, 1, 0);
    }

    @Test
    void the_last_topic_closes_every_list_it_is_nested_in() {
        List<TopicRow> rows = TopicTree.rows(List.of(topic(1, "Economy", null), topic(2, "Trade", 1L), topic(3, "Tariffs", 2L)));

        assertThat(markup(rows)).isEqualTo("<li>Economy<ul><li>Trade<ul><li>Tariffs</li></ul></li></ul></li>");
    }

    @Test
    void a_flat_taxonomy_is_one_list() {
        assertThat(markup(TopicTree.rows(List.of(topic(1, "Economy", null), topic(2, "Sport", null)))))
                .isEqualTo("<li>Economy</li><li>Sport</li>");
        assertThat(TopicTree.rows(List.of())).isEmpty();
    }

    @Test
    void the_topics_another_can_be_merged_into_leave_it_out() {
        List<TopicRow> rows = TopicTree.rows(List.of(topic(1, "Economy", null), topic(2, "Trade", 1L), topic(3, "Sport", null)));

        assertThat(TopicTree.others(rows, 2)).extracting(TopicRow::getLabel).containsExactly("Economy", "Sport");
        assertThat(TopicTree.others(rows, 1)).extracting(TopicRow::getLabel).containsExactly("Trade", "Sport");
    }

    @Test
    void a_topic_can_be_moved_under_any_topic_but_itself_and_its_narrower_ones() {
        List<TopicRow> rows = TopicTree.rows(List.of(topic(1, "Economy", null), topic(2, "Trade", 1L),
                topic(3, "Tariffs", 2L), topic(4, "Jobs", 1L), topic(5, "Sport", null)));

        assertThat(TopicTree.possibleParents(rows, 1)).extracting(TopicRow::getLabel).containsExactly("Sport");
        assertThat(TopicTree.possibleParents(rows, 2)).extracting(TopicRow::getLabel).containsExactly("Economy", "Jobs", "Sport");
        assertThat(TopicTree.possibleParents(rows, 3)).extracting(TopicRow::getLabel)
                .containsExactly("Economy", "Trade", "Jobs", "Sport");
    }

    /** The tree as the page renders it, labels in place of the links. */
    private static String markup(List<TopicRow> rows) {
        StringBuilder markup = new StringBuilder();
        rows.forEach(row -> markup.append(row.getOpening()).append(row.getLabel()).append(row.getClosing()));
        return markup.toString();
    }

    static TopicEntry topic(long id, String label, Long parent) {
        return new TopicEntry(id, "t" + id, label, List.of(), parent, null, List.of(), 0);
    }
}
