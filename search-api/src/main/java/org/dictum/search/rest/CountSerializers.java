package org.dictum.search.rest;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import org.dictum.search.query.FacetCount;
import org.dictum.search.query.Histogram;

/**
 * Direct writers for the small objects a search answer holds by the hundred (facet values and
 * histogram bars), where JSON-B's reflective serialisation was a visible share of a search's time.
 * They write what JSON-B would: the same property names, in its default (lexicographic) order,
 * dates as ISO-8601 days.
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
}
