package org.dictum.search.query.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import org.dictum.search.query.syntax.QueryNode.And;
import org.dictum.search.query.syntax.QueryNode.Not;
import org.dictum.search.query.syntax.QueryNode.Or;
import org.dictum.search.query.syntax.QueryNode.Phrase;
import org.dictum.search.query.syntax.QueryNode.Word;
import org.junit.jupiter.api.Test;

class FieldedTermWideningTest {

    private static final Set<String> QUERY_FIELDS = Set.of("speaker", "actor", "topic", "source", "cue");
    private static final Set<String> NAME_FIELDS = Set.of("actor", "speaker", "topic");
    private static final Map<String, String> CURRENT = Map.of("Tom Baker", "Thomas Baker", "Baker", "Thomas Baker",
            "Arms control", "Arms Control and Disarmament", "Russia", "Russia");
    private static final BinaryOperator<String> CURRENT_NAME = (field, value) -> CURRENT.getOrDefault(value, value);

    private final QueryParser parser = new QueryParser(Set.of("speaker", "actor", "topic", "source", "cue"));

    private static String widen(String query) {
        return FieldedTermWidening.widen(query, QUERY_FIELDS, NAME_FIELDS, CURRENT_NAME);
    }

    @Test
    void an_old_name_in_a_name_field_also_searches_the_current_name() {
        assertThat(widen("actor:\"Tom Baker\"")).isEqualTo("(actor:\"Tom Baker\" OR actor:\"Thomas Baker\")");
        assertThat(widen("missiles Speaker:Baker")).isEqualTo("missiles (Speaker:Baker OR Speaker:\"Thomas Baker\")");
        assertThat(parser.parse(widen("missiles -topic:\"Arms control\" OR troops"))).isEqualTo(new Or(List.of(
                new And(List.of(new Word(null, "missiles")), List.of(new Or(List.of(new Phrase("topic", "Arms control"),
                        new Phrase("topic", "Arms Control and Disarmament"))))),
                new Word(null, "troops"))));
        assertThat(parser.parse(widen("NOT actor:“Tom Baker”"))).isEqualTo(new Not(new Or(List.of(
                new Phrase("actor", "Tom Baker"), new Phrase("actor", "Thomas Baker")))));
    }

    @Test
    void current_names_other_fields_prefixes_and_free_text_stay_as_written() {
        assertThat(widen("actor:\"Thomas Baker\" actor:russia")).isEqualTo("actor:\"Thomas Baker\" actor:russia");
        assertThat(widen("source:\"Tom Baker\" cue:Baker \"Tom Baker\" Baker")).isEqualTo("source:\"Tom Baker\" cue:Baker \"Tom Baker\" Baker");
        assertThat(widen("actor:Bak* actor:Baker?")).isEqualTo("actor:Bak* actor:Baker?");
        assertThat(widen("10:30 actor:")).isEqualTo("10:30 actor:");
    }

    @Test
    void a_query_that_does_not_parse_or_would_pass_the_term_limit_is_left_to_the_parser() {
        assertThat(widen("actor:\"Tom Baker")).isEqualTo("actor:\"Tom Baker");
        assertThat(widen("actor:\"Tom Baker\" AND")).as("a parser error keeps its position in the text as written")
                .isEqualTo("actor:\"Tom Baker\" AND");
        assertThat(FieldedTermWidening.widen("actor:Baker cue:said", Set.of("actor", "speaker", "topic", "source"), NAME_FIELDS,
                CURRENT_NAME)).as("a field the searched type does not have").isEqualTo("actor:Baker cue:said");
        String full = "w ".repeat(QueryParser.MAX_TERMS - 1) + "actor:Baker";
        assertThat(widen(full)).isEqualTo(full);
        String room = "w ".repeat(QueryParser.MAX_TERMS - 2) + "actor:Baker";
        assertThat(widen(room)).endsWith("(actor:Baker OR actor:\"Thomas Baker\")");
        assertThat(parser.parse(widen(room))).isInstanceOf(And.class);
    }

    @Test
    void a_current_name_with_a_quotation_mark_is_not_spliced_into_the_query() {
        assertThat(FieldedTermWidening.widen("actor:Baker", QUERY_FIELDS, NAME_FIELDS, (field, value) -> "Tom \"the Doctor\" Baker"))
                .isEqualTo("actor:Baker");
    }
}
