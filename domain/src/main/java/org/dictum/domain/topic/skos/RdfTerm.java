package org.dictum.domain.topic.skos;

/** An object of a triple: an IRI or a literal. */
sealed interface RdfTerm {

    record Iri(String value) implements RdfTerm {
    }

    /** A literal; {@code language} is empty when there is none, {@code datatype} is null for plain strings. */
    record Literal(String text, String language, String datatype) implements RdfTerm {

        LangString asLangString() {
            return new LangString(text, language);
        }
    }
}
