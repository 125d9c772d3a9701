package org.dictum.search.rest;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import org.dictum.search.query.FacetCount;
import org.dictum.search.query.Histogram;
import org.dictum.search.query.SearchPage;

/**
 * Direct writers for a search answer and the small objects it holds by the hundred (facet values
 * and histogram bars), where JSON-B's reflective serialisation was a visible share of a search's
 * time. They write what JSON-B would: the same property names, in its default (lexicographic)
 * order, nulls left out, dates as ISO-8601 days. Besides reflection they spare JSON-B's recursion
 * check, which puts every object it writes into a hash set: hashing a record hashes all it holds,
 * so a page's facets and histograms were hashed over and over, once per level they sit at.
 */
final class CountSerializers {

    private CountSerializers() {
    }

    static final class Bucket implements JsonbSerializer<Histogram.Bucket> {
        @Override
        public void serialize(Histogram.Bucket bucket, JsonGenerator generator, SerializationContext context) {
            generator.writeStartObject()
                    .write("count", bucket.count())
                    .write("end", bucket.end().toString())
                    .write("start", bucket.start().toString())
                    .writeEnd();
        }
    }

    static final class Value implements JsonbSerializer<FacetCount> {
        @Override
        public void serialize(FacetCount value, JsonGenerator generator, SerializationContext context) {
            generator.writeStartObject()
                    .write("count", value.count())
                    .write("selected", value.selected());
            if (value.value() != null) { // JSON-B leaves nulls out
                generator.write("value", value.value());
            }
            generator.writeEnd();
        }
    }

    /**
     * A page of hits: counts and histograms written here, the hits by JSON-B. Declared for the raw
     * type: JSON-B looks a serializer up by the class of the object it writes.
     */
    @SuppressWarnings("rawtypes")
    static final class Page implements JsonbSerializer<SearchPage> {
        private static final Value VALUE = new Value();
        private static final Bucket BUCKET = new Bucket();

        @Override
        public void serialize(SearchPage raw, JsonGenerator generator, SerializationContext context) {
            SearchPage<?> page = raw;
            generator.writeStartObject();
            generator.writeStartObject("facets");
            page.facets().forEach((facet, values) -> {
                generator.writeStartArray(facet);
                values.forEach(value -> VALUE.serialize(value, generator, context));
                generator.writeEnd();
            });
            generator.writeEnd();
            generator.writeStartArray("histograms");
            for (Histogram histogram : page.histograms()) {
                generator.writeStartObject().writeStartArray("buckets");
                histogram.buckets().forEach(bucket -> BUCKET.serialize(bucket, generator, context));
                generator.writeEnd().write("field", histogram.field()).write("interval", histogram.interval().name()).writeEnd();
            }
            generator.writeEnd();
            context.serialize("hits", page.hits(), generator);
            if (page.nextCursor() != null) {
                generator.write("nextCursor", page.nextCursor());
            }
            generator.write("page", page.page()).write("size", page.size()).write("total", page.total());
            generator.writeEnd();
        }
    }
}
