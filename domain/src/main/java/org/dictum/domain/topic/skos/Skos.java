package org.dictum.domain.topic.skos;

/** IRIs of the vocabularies Dictum's SKOS files use. */
public final class Skos {

    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    /** Dictum's own terms, such as {@code dictum:matchTerm}. */
    public static final String DICTUM = "urn:dictum:vocab:";
    /** Default namespace of Dictum topic IRIs: {@code urn:dictum:topic:arms-control}. */
    public static final String TOPIC_NAMESPACE = "urn:dictum:topic:";
    /** Default IRI of the archive's concept scheme. */
    public static final String SCHEME_IRI = "urn:dictum:taxonomy";

    static final String TYPE = RDF + "type";
    static final String CONCEPT = SKOS + "Concept";
    static final String CONCEPT_SCHEME = SKOS + "ConceptScheme";
    static final String PREF_LABEL = SKOS + "prefLabel";
    static final String ALT_LABEL = SKOS + "altLabel";
    static final String NOTATION = SKOS + "notation";
    static final String BROADER = SKOS + "broader";
    static final String NARROWER = SKOS + "narrower";
    static final String SCOPE_NOTE = SKOS + "scopeNote";
    static final String IN_SCHEME = SKOS + "inScheme";
    static final String HAS_TOP_CONCEPT = SKOS + "hasTopConcept";
    static final String TITLE = DCTERMS + "title";
    static final String MATCH_TERM = DICTUM + "matchTerm";

    private Skos() {
    }
}
