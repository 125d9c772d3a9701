package org.dictum.domain.topic.skos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SkosTurtleRoundTripTest {

    private final SkosTurtleWriter writer = new SkosTurtleWriter();
    private final SkosTurtleReader reader = new SkosTurtleReader();

    @Test
    void a_scheme_written_as_turtle_reads_back_equal() {
        SkosConcept energy = new SkosConcept(Skos.TOPIC_NAMESPACE + "energy", "energy",
                List.of(LangString.en("Energy"), new LangString("Énergie", "fr")),
                List.of(LangString.en("Energy \"sector\""), new LangString("Energie", "de-AT")),
                List.of(), List.of(LangString.en("Line one\nline two \\ with a backslash\tand a tab")),
                List.of(LangString.en("power supply"), LangString.en("fuel")));
        SkosConcept oil = new SkosConcept("http://example.org/vocab/oil#concept", null,
                List.of(LangString.en("Oil")), List.of(), List.of(energy.iri()), List.of(), List.of());
        SkosConcept gas = new SkosConcept(Skos.TOPIC_NAMESPACE + "natural-gas", "natural-gas",
                List.of(new LangString("Natural gas", "")), List.of(), List.of(energy.iri(), oil.iri()), List.of(), List.of());
        SkosScheme scheme = new SkosScheme("urn:example:scheme", List.of(LangString.en("Test scheme")), List.of(energy, oil, gas));

        String turtle = writer.write(scheme);

        assertThat(reader.read(turtle)).isEqualTo(scheme);
        assertThat(turtle).contains("topic:natural-gas a skos:Concept", "<http://example.org/vocab/oil#concept>",
                "\"Energy \\\"sector\\\"\"@en", "\"Énergie\"@fr", "skos:hasTopConcept topic:energy .");
    }

    @Test
    void the_starter_taxonomy_is_written_back_exactly_as_bundled() {
        String bundled = StarterTaxonomy.turtle();
        String withoutComments = bundled.lines().filter(line -> !line.startsWith("#"))
                .collect(Collectors.joining("\n", "", "\n"));

        assertThat(writer.write(reader.read(bundled))).isEqualTo(withoutComments);
    }

    @Test
    void the_starter_taxonomy_has_labelled_described_and_ruled_concepts_in_one_tree() {
        SkosScheme scheme = reader.read(StarterTaxonomy.turtle());
        Set<String> iris = scheme.concepts().stream().map(SkosConcept::iri).collect(Collectors.toSet());

        assertThat(scheme.concepts()).hasSizeBetween(40, 80);
        assertThat(scheme.concepts()).allSatisfy(concept -> {
            assertThat(concept.prefLabel("en")).isPresent();
            assertThat(concept.notation()).isNotBlank();
            assertThat(concept.scopeNote("en")).isPresent();
            assertThat(concept.matchTerms()).isNotEmpty();
            assertThat(iris).containsAll(concept.broader());
        });
        assertThat(scheme.concepts().stream().filter(c -> !c.altLabels().isEmpty()).count())
                .isGreaterThan(scheme.concepts().size() * 8L / 10);
        assertThat(scheme.concepts()).extracting(c -> c.prefLabel("en").orElseThrow().text())
                .contains("Politics", "Elections", "Diplomacy", "Security & Defence", "Military exercises", "Arms control",
                        "Economy", "Trade", "Energy", "Crude oil", "Agriculture", "Grain", "Wheat", "Corn");
    }
}
