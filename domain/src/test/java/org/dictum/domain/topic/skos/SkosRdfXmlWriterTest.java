package org.dictum.domain.topic.skos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SkosRdfXmlWriterTest {

    @Test
    void concepts_labels_and_hierarchy_are_written_as_escaped_rdf_xml() {
        SkosScheme scheme = new SkosScheme(Skos.SCHEME_IRI, List.of(LangString.en("Topics")), List.of(
                new SkosConcept("urn:dictum:topic:economy", "economy", List.of(LangString.en("Economy & <Trade>")),
                        List.of(LangString.en("Business")), List.of(), List.of(), List.of()),
                new SkosConcept("urn:dictum:topic:tariffs", "tariffs", List.of(LangString.en("Tariffs")),
                        List.of(), List.of("urn:dictum:topic:economy"), List.of(), List.of(LangString.en("duties")))));

        String xml = new SkosRdfXmlWriter().write(scheme);

        assertThat(xml).contains("<skos:Concept rdf:about=\"urn:dictum:topic:economy\">")
                .contains("<skos:prefLabel xml:lang=\"en\">Economy &amp; &lt;Trade&gt;</skos:prefLabel>")
                .contains("<skos:altLabel xml:lang=\"en\">Business</skos:altLabel>")
                .contains("<skos:broader rdf:resource=\"urn:dictum:topic:economy\"/>")
                .contains("<skos:hasTopConcept rdf:resource=\"urn:dictum:topic:economy\"/>")
                .contains("<dictum:matchTerm xml:lang=\"en\">duties</dictum:matchTerm>")
                .doesNotContain("<Trade>");
    }
}
