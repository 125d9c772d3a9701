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
        private Triple notationGiven;
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
                    case Skos.PREF_LABEL -> addPrefLabel(triple, literal.asLangString());
                    case Skos.ALT_LABEL -> altLabels.add(literal.asLangString());
                    case Skos.NOTATION -> setNotation(triple, literal.text());
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

        private void addPrefLabel(Triple triple, LangString label) {
            if (prefLabels.stream().anyMatch(existing -> existing.language().equals(label.language()))) {
                throw triple.error("Concept <" + iri + "> has two skos:prefLabel in language '"
                        + label.language() + "'");
            }
            prefLabels.add(label);
        }

        /**
         * A concept's notation is its topic's code, so a second, different one is refused rather than one of them
         * winning by its place in the file (the same notation twice is one RDF statement, and harmless).
         */
        private void setNotation(Triple triple, String value) {
            if (notation != null && !notation.equals(value)) {
                throw triple.error("Concept <" + iri + "> has a second skos:notation \"" + value + "\" besides \"" + notation
                        + "\" (line " + notationGiven.line() + ", column " + notationGiven.column()
                        + "): a concept has at most one notation, its topic's code");
            }
            notation = value;
            notationGiven = triple;
        }

        SkosConcept build() {
            return new SkosConcept(iri, notation, prefLabels, altLabels, List.copyOf(broader), scopeNotes, matchTerms);
        }
    }
}
