package org.dictum.search.rest;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import org.dictum.search.query.FacetCount;
import org.dictum.search.query.Histogram;

/**
 * Direct writers for the small objects JSON-B writes by the hundred in facet value pages and
 * attention series (facet values and histogram bars), where its reflective serialisation was a
 * visible share of the time; they write what {@link SearchPageJson} writes in a search answer.
 */
final class CountSerializers {

    private CountSerializers() {
    }

    static final class Bucket implements JsonbSerializer<Histogram.Bucket> {
        @Override
        public void serialize(Histogram.Bucket bucket, JsonGenerator generator, SerializationContext context) {
            SearchPageJson.bucket(bucket, generator);
        }
    }

    static final class Value implements JsonbSerializer<FacetCount> {
        @Override
        public void serialize(FacetCount value, JsonGenerator generator, SerializationContext context) {
            SearchPageJson.facetValue(value, generator);
        }
    }
}
