package org.dictum.bench.tools.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TableOrderTest {

    @Test
    void every_table_comes_after_the_tables_it_references() {
        List<Table> ordered = TableOrder.of(List.of(
                table("statement_actor", "statement", "actor"),
                table("statement", "article", "actor"),
                table("article", "source"),
                table("actor"),
                table("source")));

        assertThat(ordered).extracting(Table::name)
                .containsExactly("actor", "source", "article", "statement", "statement_actor");
    }

    @Test
    void a_table_referencing_itself_is_ordered_like_any_other() {
        List<Table> ordered = TableOrder.of(List.of(table("topic", "topic"), table("article_topic", "article", "topic"),
                table("article")));

        assertThat(ordered).extracting(Table::name).containsExactly("article", "topic", "article_topic");
    }

    @Test
    void names_are_matched_across_databases_whatever_their_case() {
        List<Table> ordered = TableOrder.of(List.of(table("STATEMENT", "ARTICLE"), table("article")));

        assertThat(ordered).extracting(Table::name).containsExactly("article", "STATEMENT");
    }

    @Test
    void references_to_tables_outside_the_copy_do_not_hold_it_up() {
        List<Table> ordered = TableOrder.of(List.of(table("import_failure", "import_job", "job_execution"),
                table("import_job")));

        assertThat(ordered).extracting(Table::name).containsExactly("import_job", "import_failure");
    }

    @Test
    void a_cycle_through_several_tables_is_refused_with_its_tables() {
        assertThatThrownBy(() -> TableOrder.of(List.of(table("a", "b"), table("b", "a"), table("c"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cycle")
                .hasMessageContaining("[a, b]");
    }

    private static Table table(String name, String... references) {
        return new Table(name, List.of(), List.of("id"), Set.of(references), List.of());
    }
}
