package org.dictum.domain.topic.skos;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code skos:Concept} as read from or written to a SKOS document.
 *
 * @param iri        the concept's IRI
 * @param notation   {@code skos:notation}, or null
 * @param prefLabels {@code skos:prefLabel}, at most one per language
 * @param altLabels  {@code skos:altLabel}
 * @param broader    IRIs of the broader concepts ({@code skos:broader}, or the inverse of {@code skos:narrower})
 * @param scopeNotes {@code skos:scopeNote}
 * @param matchTerms {@code dictum:matchTerm}: words and phrases for rule-based tagging
 */
public record SkosConcept(String iri, String notation, List<LangString> prefLabels, List<LangString> altLabels,
                          List<String> broader, List<LangString> scopeNotes, List<LangString> matchTerms) {

    public SkosConcept {
        Objects.requireNonNull(iri, "iri");
        prefLabels = List.copyOf(prefLabels);
        altLabels = List.copyOf(altLabels);
        broader = List.copyOf(broader);
        scopeNotes = List.copyOf(scopeNotes);
        matchTerms = List.copyOf(matchTerms);
    }

    /** The label in {@code language}, else one without a language, else the first one. */
    public Optional<LangString> prefLabel(String language) {
        return pick(prefLabels, language);
    }

    public Optional<LangString> scopeNote(String language) {
        return pick(scopeNotes, language);
    }

    private static Optional<LangString> pick(List<LangString> values, String language) {
        return values.stream().filter(value -> value.hasLanguage(language)).findFirst()
                .or(() -> values.stream().filter(value -> value.language().isEmpty()).findFirst())
                .or(() -> values.stream().findFirst());
    }
}
