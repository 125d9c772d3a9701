package org.dictum.domain.topic.skos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TurtleParserTest {

    private final SkosTurtleReader reader = new SkosTurtleReader();

    @Test
    void reads_sparql_prefixes_comments_long_strings_narrower_and_ignores_other_properties() {
        String turtle = """
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX ex: <http://example.org/t/>   # a comment after a declaration
                ex:scheme a skos:ConceptScheme .
                ex:trade a skos:Concept ; skos:inScheme ex:scheme ;
                    skos:prefLabel 'Trade'@en ;
                    skos:definition "ignored" ;
                    skos:scopeNote \"""Trade between
                countries.\"""@EN ;
                    skos:narrower ex:tariffs ;
                    .
                ex:tariffs a skos:Concept ; skos:prefLabel "Tarife\\u00E4"@de, "Tariffs"@en ;
                    skos:notation "tariffs"^^<http://example.org/notation> .
                """;

        SkosScheme scheme = reader.read(turtle);

        assertThat(scheme.iri()).isEqualTo("http://example.org/t/scheme");
        assertThat(scheme.concepts()).hasSize(2);
        SkosConcept trade = scheme.concepts().get(0);
        assertThat(trade.prefLabels()).containsExactly(LangString.en("Trade"));
        assertThat(trade.scopeNotes()).containsExactly(LangString.en("Trade between\ncountries."));
        SkosConcept tariffs = scheme.concepts().get(1);
        assertThat(tariffs.broader()).containsExactly("http://example.org/t/trade");
        assertThat(tariffs.prefLabel("en")).contains(LangString.en("Tariffs"));
        assertThat(tariffs.prefLabel("de")).contains(new LangString("Tarifeä", "de"));
        assertThat(tariffs.notation()).isEqualTo("tariffs");
    }

    @Test
    void blank_nodes_are_refused_with_the_line_they_are_on() {
        String turtle = "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n\n<urn:x> skos:related [ skos:prefLabel \"y\" ] .\n";

        assertThatThrownBy(() -> reader.read(turtle)).isInstanceOf(SkosFormatException.class)
                .hasMessageContaining("line 3, column 22").hasMessageContaining("blank nodes");
    }

    @Test
    void a_nul_character_in_a_string_escaped_or_not_is_refused_where_the_string_opens() {
        String prefix = "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n";
        for (String label : List.of("\"Trade\\u0000\"@en", "\"Trade\u0000\"@en", "\"\"\"Trade\\U00000000\"\"\"@en")) {
            String turtle = prefix + "<urn:a> a skos:Concept ; skos:prefLabel " + label + " .\n";
            assertThatThrownBy(() -> reader.read(turtle)).as(label).isInstanceOf(SkosFormatException.class)
                    .hasMessage("Turtle, line 2, column 41: the string holds a NUL character (\\u0000), which cannot be stored");
        }
    }

    @Test
    void an_unterminated_long_string_is_refused_where_it_opens_not_at_the_end_of_the_file() {
        String turtle = "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                + "<urn:a> a skos:Concept ; skos:prefLabel \"A\"@en .\n"
                + "<urn:b> a skos:Concept ;\n"
                + "    skos:scopeNote \"\"\"never closed ;\n"
                + "    skos:prefLabel \"B\"@en .\n"
                + "\n<urn:c> a skos:Concept ; skos:prefLabel \"C\"@en .\n\n\n";

        assertThatThrownBy(() -> reader.read(turtle)).isInstanceOf(SkosFormatException.class)
                .hasMessageStartingWith("Turtle, line 4, column 20: unterminated string");
    }

    @Test
    void undeclared_prefixes_unterminated_strings_and_missing_dots_are_refused() {
        for (String broken : List.of("<urn:a> nope:label \"x\" .",
                "@prefix skos: <http://www.w3.org/2004/02/skos/core#> . <urn:a> skos:prefLabel \"x .",
                "@prefix skos: <http://www.w3.org/2004/02/skos/core#> . <urn:a> skos:prefLabel \"x\"")) {
            assertThatThrownBy(() -> reader.read(broken)).as(broken).isInstanceOf(SkosFormatException.class);
        }
    }

    @Test
    void two_preferred_labels_in_one_language_are_refused() {
        String turtle = "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                + "<urn:a> a skos:Concept ; skos:prefLabel \"A\"@en, \"B\"@en .";

        assertThatThrownBy(() -> reader.read(turtle)).isInstanceOf(SkosFormatException.class)
                .hasMessage("Turtle, line 2, column 49: Concept <urn:a> has two skos:prefLabel in language 'en'");
    }

    @Test
    void a_concept_with_two_different_notations_is_refused_where_the_second_is_not_given_the_last_one() {
        String turtle = "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                + "<urn:a> a skos:Concept ; skos:prefLabel \"A\"@en ;\n"
                + "    skos:notation \"trade\" .\n"
                + "<urn:b> a skos:Concept ; skos:prefLabel \"B\"@en .\n"
                + "<urn:a> skos:notation \"commerce\" .\n";

        assertThatThrownBy(() -> reader.read(turtle)).isInstanceOf(SkosFormatException.class)
                .hasMessage("Turtle, line 5, column 23: Concept <urn:a> has a second skos:notation \"commerce\" besides \"trade\""
                        + " (line 3, column 19): a concept has at most one notation, its topic's code");
    }

    @Test
    void the_same_notation_given_twice_is_one_statement_and_read() {
        String turtle = "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                + "<urn:a> a skos:Concept ; skos:prefLabel \"A\"@en ; skos:notation \"trade\", \"trade\" .\n";

        assertThat(reader.read(turtle).concepts()).singleElement().extracting(SkosConcept::notation).isEqualTo("trade");
    }
}
