package org.dictum.domain.topic.skos;

/**
 * One statement of an RDF graph, with the subject and predicate as absolute IRIs, and where its object stands in the
 * Turtle document (line and column from 1), for errors about the statement.
 */
record Triple(String subject, String predicate, RdfTerm object, int line, int column) {

    /** An error about this statement, worded as the parser's own: {@code "Turtle, line 4, column 18: …"}. */
    SkosFormatException error(String message) {
        return SkosFormatException.inTurtle(line, column, message);
    }
}
