package org.dictum.domain.topic.skos;

import java.util.List;
import java.util.Objects;

/**
 * A {@code skos:ConceptScheme} with its concepts, in document order.
 *
 * @param iri    the scheme's IRI
 * @param titles {@code dcterms:title}
 */
public record SkosScheme(String iri, List<LangString> titles, List<SkosConcept> concepts) {

    public SkosScheme {
        Objects.requireNonNull(iri, "iri");
        titles = List.copyOf(titles);
        concepts = List.copyOf(concepts);
    }
}
