package org.dictum.search.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;

import java.util.List;

/** Declares and writes the field kinds that both indexes share. */
final class KeywordFields {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private final IndexSchemaElement schema;

    KeywordFields(IndexSchemaElement schema) {
        this.schema = schema;
    }

    /** A filterable, countable keyword field. */
    IndexFieldReference<String> facet(String name, boolean multiValued) {
        var field = schema.field(name, f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.NO));
        return multiValued ? field.multiValued().toReference() : field.toReference();
    }

    IndexFieldReference<String> fullText(String name) {
        return schema.field(name, f -> f.asString().analyzer(Analyzers.ENGLISH)
                .highlightable(List.of(Highlightable.ANY))).toReference();
    }

    IndexFieldReference<LocalDate> date(String name) {
        return schema.field(name, f -> f.asLocalDate().sortable(Sortable.YES).aggregable(Aggregable.YES)).toReference();
    }

    static void add(DocumentElement document, IndexFieldReference<String> field, Optional<String> value) {
        value.ifPresent(v -> document.addValue(field, v));
    }

    static Optional<LocalDate> utcDate(Optional<Instant> instant) {
        return instant.map(i -> LocalDate.ofInstant(i, ZoneOffset.UTC));
    }

    static Optional<String> month(Optional<Instant> instant) {
        return utcDate(instant).map(MONTH::format);
    }
}
