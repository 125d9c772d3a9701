package org.dictum.search.query.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.dictum.search.query.syntax.QueryNode.And;
import org.dictum.search.query.syntax.QueryNode.Not;
import org.dictum.search.query.syntax.QueryNode.Or;
import org.dictum.search.query.syntax.QueryNode.Phrase;
import org.dictum.search.query.syntax.QueryNode.Prefix;
import org.dictum.search.query.syntax.QueryNode.Word;
import org.junit.jupiter.api.Test;

class QueryParserTest {

    private final QueryParser parser = new QueryParser(Set.of("speaker", "actor", "topic", "source", "cue"));

    private static Word w(String text) {
        return new Word(null, text);
    }

    @Test
    void words_next_to_each_other_must_all_match() {
        assertThat(parser.parse("missiles Ukraine")).isEqualTo(new And(List.of(w("missiles"), w("Ukraine")), List.of()));
        assertThat(parser.parse("missiles AND Ukraine")).isEqualTo(parser.parse("missiles Ukraine"));
    }

    @Test
    void or_binds_looser_than_and() {
        assertThat(parser.parse("a b OR c")).isEqualTo(new Or(List.of(new And(List.of(w("a"), w("b")), List.of()), w("c"))));
        assertThat(parser.parse("a | c")).isEqualTo(new Or(List.of(w("a"), w("c"))));
    }

    @Test
    void parentheses_group() {
        assertThat(parser.parse("(a OR b) c")).isEqualTo(new And(List.of(new Or(List.of(w("a"), w("b"))), w("c")), List.of()));
    }

    @Test
    void not_and_minus_exclude_plus_requires() {
        assertThat(parser.parse("talks -Russia")).isEqualTo(new And(List.of(w("talks")), List.of(w("Russia"))));
        assertThat(parser.parse("talks NOT Russia")).isEqualTo(parser.parse("talks -Russia"));
        assertThat(parser.parse("+talks")).isEqualTo(w("talks"));
        assertThat(parser.parse("NOT Russia")).isEqualTo(new Not(w("Russia")));
    }

    @Test
    void hyphens_inside_words_are_not_operators() {
        assertThat(parser.parse("anti-war")).isEqualTo(w("anti-war"));
    }

    @Test
    void phrases_fields_and_prefixes() {
        assertThat(parser.parse("\"no firm commitments\"")).isEqualTo(new Phrase(null, "no firm commitments"));
        assertThat(parser.parse("“no firm commitments”")).isEqualTo(new Phrase(null, "no firm commitments"));
        assertThat(parser.parse("speaker:Blinken")).isEqualTo(new Word("speaker", "Blinken"));
        assertThat(parser.parse("Actor:\"United States\"")).isEqualTo(new Phrase("actor", "United States"));
        assertThat(parser.parse("negotiat*")).isEqualTo(new Prefix(null, "negotiat"));
        assertThat(parser.parse("cue:warn*")).isEqualTo(new Prefix("cue", "warn"));
    }

    @Test
    void a_colon_that_is_not_a_field_stays_in_the_word() {
        assertThat(parser.parse("10:30")).isEqualTo(w("10:30"));
    }

    @Test
    void errors_name_the_position_and_the_problem() {
        assertError("\"open quote", 0, "never closed");
        assertError("(a OR b", 0, "never closed");
        assertError("a OR b)", 6, "no opening parenthesis");
        assertError("a OR", 2, "both sides");
        assertError("AND a", 0, "both sides");
        assertError("speeker:Blinken", 0, "unknown field 'speeker'");
        assertError("speaker: Blinken", 0, "right after it");
        assertError("*ssiles", 0, "only as * at the end");
        assertError("mi*les", 2, "only as * at the end");
        assertError("m*", 0, "at least 2 characters");
        assertError("()", 0, "empty");
        assertError("a -", 2, "needs a term after it");
        assertError("   ", 0, "empty");
    }

    @Test
    void a_query_holds_at_most_max_terms_words_phrases_and_prefixes() {
        String allowed = String.join(" OR ", java.util.Collections.nCopies(QueryParser.MAX_TERMS - 2, "talks"))
                + " \"cease fire\" cue:said";
        assertThat(parser.parse(allowed)).isInstanceOf(QueryNode.Or.class);
        String tooMany = allowed + " negotiat*";
        assertError(tooMany, tooMany.indexOf("negotiat*"), "more than " + QueryParser.MAX_TERMS + " terms");
    }

    private void assertError(String query, int position, String problem) {
        assertThatThrownBy(() -> parser.parse(query))
                .isInstanceOf(QuerySyntaxException.class)
                .satisfies(e -> {
                    QuerySyntaxException syntax = (QuerySyntaxException) e;
                    assertThat(syntax.position()).as(query).isEqualTo(position);
                    assertThat(syntax.problem()).as(query).contains(problem);
                });
    }

    @Test
    void a_syntax_error_names_q_or_the_parameter_that_held_the_query() {
        QuerySyntaxException inQ = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> parser.parse("\"unclosed"), QuerySyntaxException.class);
        assertThat(inQ.parameter()).isEqualTo("q");
        assertThat(inQ.getMessage()).isEqualTo("Query syntax error at position 1: the quotation mark opened here is never closed");

        QuerySyntaxException inCompare = inQ.inParameter("compare", "compare query 2");
        assertThat(inCompare.parameter()).isEqualTo("compare");
        assertThat(inCompare.position()).isZero();
        assertThat(inCompare.getMessage())
                .isEqualTo("Query syntax error in compare query 2 at position 1: the quotation mark opened here is never closed");
    }
}
