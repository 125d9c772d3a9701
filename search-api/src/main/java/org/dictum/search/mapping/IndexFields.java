package org.dictum.search.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;

/** Declares and writes the kinds of field both indexes use, so that they are declared alike. */
final class IndexFields {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private final IndexSchemaElement schema;

    IndexFields(IndexSchemaElement schema) {
        this.schema = schema;
    }

    /** A filterable, countable keyword field. */
    IndexFieldReference<String> facet(String name, boolean multiValued) {
        var field = schema.field(name, f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.NO));
        return multiValued ? field.multiValued().toReference() : field.toReference();
    }

    /** Searchable words of names (speaker, actor, topic, source, cue) for fielded queries. */
    IndexFieldReference<String> nameWords(String name) {
        return schema.field(name, f -> f.asString().analyzer(Analyzers.FOLDED)).multiValued().toReference();
    }

    /**
     * Full text: {@code name} stemmed for word queries, {@code name_exact} unstemmed for phrases and
     * prefixes. Highlighted by the plain highlighter only, which analyses the stored text again: any
     * other highlighter would have every document store term vectors with positions and offsets,
     * which indexing, merging and the index's size paid for without a search using them.
     */
    FullText fullText(String name) {
        return new FullText(
                schema.field(name, f -> f.asString().analyzer(Analyzers.ENGLISH)
                        .highlightable(List.of(Highlightable.PLAIN))).toReference(),
                schema.field(SearchFields.exact(name), f -> f.asString().analyzer(Analyzers.FOLDED)
                        .highlightable(List.of(Highlightable.PLAIN))).toReference());
    }

    /** A value kept only to be shown with a hit, neither searched nor counted. */
    IndexFieldReference<String> stored(String name) {
        return schema.field(name, f -> f.asString().searchable(Searchable.NO).projectable(Projectable.YES)).toReference();
    }

    IndexFieldReference<LocalDate> date(String name) {
        return schema.field(name, f -> f.asLocalDate().sortable(Sortable.YES).aggregable(Aggregable.YES)
                .projectable(Projectable.YES)).toReference();
    }

    IndexFieldReference<Long> id(String name) {
        return schema.field(name, f -> f.asLong().sortable(Sortable.YES).projectable(Projectable.YES)).toReference();
    }

    /** The two analysed forms of one text. */
    record FullText(IndexFieldReference<String> stemmed, IndexFieldReference<String> exact) {
        void write(DocumentElement document, String text) {
            document.addValue(stemmed, text);
            document.addValue(exact, text);
        }
    }

    static void add(DocumentElement document, IndexFieldReference<String> field, Optional<String> value) {
        value.ifPresent(v -> document.addValue(field, v));
    }

    /** The distinct slugs of collections, for the collection facet. */
    static List<String> collectionSlugs(java.util.Collection<org.dictum.domain.collection.Collection> collections) {
        return collections.stream().map(c -> c.getSlug().value()).distinct().sorted().toList();
    }

    static Optional<LocalDate> utcDate(Optional<Instant> instant) {
        return instant.map(i -> LocalDate.ofInstant(i, ZoneOffset.UTC));
    }

    static Optional<String> month(Optional<Instant> instant) {
        return utcDate(instant).map(MONTH::format);
    }
}
