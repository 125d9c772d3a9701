package org.dictum.search.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import org.dictum.search.application.JsonKind;

/**
 * JSON booleans, integers and strings as JSON has them. JSON-B read {@code "yes"}, {@code 1} and {@code "1"} as
 * false and {@code 1.9} or {@code "3"} as an id, so {@code {"publicRead":"yes"}} made the archive private and
 * {@code {"affiliation":1.9}} affiliated an actor with actor 1; and it read numbers and booleans as text, so
 * {@code {"topics":[1,2]}} added topics "1" and "2" to the taxonomy. Anything else is now a malformed body (400).
 */
final class StrictJsonScalars {

    private StrictJsonScalars() {
    }

    static final class Booleans implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.TRUE) {
                return true;
            }
            if (value == JsonValue.FALSE) {
                return false;
            }
            if (value == JsonValue.NULL) {
                return null;
            }
            throw new JsonbException("expected true or false, not " + value);
        }
    }

    static final class Longs implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonNumber number = integralOrNull(parser.getValue());
            try {
                return number == null ? null : number.longValueExact();
            } catch (ArithmeticException e) {
                // A JsonbException, which JSON-B reports with the property; any other answered "Internal error: Overflow".
                throw new JsonbException("expected a whole number within " + Long.MIN_VALUE + ".." + Long.MAX_VALUE, e);
            }
        }
    }

    static final class Integers implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonNumber number = integralOrNull(parser.getValue());
            try {
                return number == null ? null : number.intValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("expected a whole number within " + Integer.MIN_VALUE + ".." + Integer.MAX_VALUE, e);
            }
        }
    }

    static final class Strings implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.NULL) {
                return null;
            }
            if (value instanceof JsonString string) {
                return string.getString();
            }
            // A container by its kind, a scalar as written: "not 1", "not true".
            JsonKind kind = JsonKind.of(value);
            throw new JsonbException("expected a string, not "
                    + (kind == JsonKind.ARRAY || kind == JsonKind.OBJECT ? kind.phrase() : value.toString()));
        }
    }

    /** A whole number, or null for JSON null. */
    private static JsonNumber integralOrNull(JsonValue value) {
        if (value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return number;
        }
        throw new JsonbException("expected a whole number, not " + value);
    }
}
