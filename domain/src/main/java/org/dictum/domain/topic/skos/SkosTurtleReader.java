package org.dictum.domain.topic.skos;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a SKOS concept scheme from Turtle: the concepts typed {@code skos:Concept} with their
 * labels, notation, broader concepts ({@code skos:narrower} counts as the inverse), scope notes
 * and Dictum match terms. Statements about other things and other properties are ignored, so
 * files from other SKOS tools can be read too, as long as they stay in the Turtle subset that
 * {@link TurtleParser} understands.
 */
public final class SkosTurtleReader {

    public SkosScheme read(String turtle) {
        List<Triple> triples = TurtleParser.parse(turtle);
        Set<String> conceptIris = new LinkedHashSet<>();
        String schemeIri = null;
        for (Triple triple : triples) {
            if (triple.predicate().equals(Skos.TYPE) && triple.object() instanceof RdfTerm.Iri type) {
                if (type.value().equals(Skos.CONCEPT)) {
                    conceptIris.add(triple.subject());
                } else if (type.value().equals(Skos.CONCEPT_SCHEME) && schemeIri == null) {
                    schemeIri = triple.subject();
                }
            }
        }
        if (schemeIri == null) {
            schemeIri = triples.stream().filter(t -> t.predicate().equals(Skos.IN_SCHEME))
                    .map(t -> t.object() instanceof RdfTerm.Iri iri ? iri.value() : null)
                    .filter(iri -> iri != null).findFirst().orElse(Skos.SCHEME_IRI);
        }
        Map<String, Builder> concepts = new LinkedHashMap<>();
        conceptIris.forEach(iri -> concepts.put(iri, new Builder(iri)));
        List<LangString> titles = new ArrayList<>();
        for (Triple triple : triples) {
            if (triple.subject().equals(schemeIri) && triple.predicate().equals(Skos.TITLE)
                    && triple.object() instanceof RdfTerm.Literal title) {
                titles.add(title.asLangString());
            }
            Builder concept = concepts.get(triple.subject());
            if (concept != null) {
                concept.add(triple);
            }
            if (triple.predicate().equals(Skos.NARROWER) && triple.object() instanceof RdfTerm.Iri narrower
                    && concepts.containsKey(narrower.value())) {
                concepts.get(narrower.value()).broader.add(triple.subject());
            }
        }
        return new SkosScheme(schemeIri, titles, concepts.values().stream().map(Builder::build).toList());
    }

    private static final class Builder {
        private final String iri;
        private String notation;
        private final List<LangString> prefLabels = new ArrayList<>();
        private final List<LangString> altLabels = new ArrayList<>();
        private final Set<String> broader = new LinkedHashSet<>();
        private final List<LangString> scopeNotes = new ArrayList<>();
        private final List<LangString> matchTerms = new ArrayList<>();

        Builder(String iri) {
            this.iri = iri;
        }

        void add(Triple triple) {
            String predicate = triple.predicate();
            if (triple.object() instanceof RdfTerm.Literal literal) {
                switch (predicate) {
                    case Skos.PREF_LABEL -> addPrefLabel(literal.asLangString());
                    case Skos.ALT_LABEL -> altLabels.add(literal.asLangString());
                    case Skos.NOTATION -> notation = literal.text();
                    case Skos.SCOPE_NOTE -> scopeNotes.add(literal.asLangString());
                    case Skos.MATCH_TERM -> matchTerms.add(literal.asLangString());
                    default -> {
                        // other annotations (definitions, change notes...) are not part of Dictum's taxonomy
                    }
                }
            } else if (triple.object() instanceof RdfTerm.Iri object && predicate.equals(Skos.BROADER)) {
                broader.add(object.value());
            }
        }

        private void addPrefLabel(LangString label) {
            if (prefLabels.stream().anyMatch(existing -> existing.language().equals(label.language()))) {
                throw new SkosFormatException("Concept <" + iri + "> has two skos:prefLabel in language '"
                        + label.language() + "'");
            }
            prefLabels.add(label);
        }

        SkosConcept build() {
            return new SkosConcept(iri, notation, prefLabels, altLabels, List.copyOf(broader), scopeNotes, matchTerms);
        }
    }
}
