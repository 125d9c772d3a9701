package org.dictum.domain.topic.skos;

/** One statement of an RDF graph, with the subject and predicate as absolute IRIs. */
record Triple(String subject, String predicate, RdfTerm object) {
}
