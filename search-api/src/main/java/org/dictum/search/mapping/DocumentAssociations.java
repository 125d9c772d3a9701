package org.dictum.search.mapping;

import java.util.List;

/**
 * The associations each type's document reads beyond the record's own columns (see
 * {@link ArticleBinder} and {@link StatementBinder}), as property paths: what a reindex loads with
 * each batch of records, so that building the documents reads nothing record by record. The
 * collections are read but are no tracked dependency of the binders: the collection service
 * reindexes members when membership changes.
 */
public final class DocumentAssociations {

    /** An article's source, actors, topics and collections, and its statements with their speakers. */
    public static final List<String> ARTICLE = List.of("source", "actors", "topics", "collections", "statements.speaker");

    /** A statement's speaker, mentioned actors, topics and collections, its article's source and collections. */
    public static final List<String> STATEMENT = List.of("speaker", "mentionedActors", "topics", "collections",
            "article.source", "article.collections");

    private DocumentAssociations() {
    }
}
