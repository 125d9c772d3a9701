package org.dictum.search.application;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import org.dictum.domain.InvalidInputException;

/**
 * The version of a record that a write says it is based on: a whole number from 0 (a record as created) up to
 * {@link Long#MAX_VALUE}, as the records count their versions. Whatever else a client sends, from the body's
 * {@code version} or from {@code If-Match}, is refused here with the member or header it came in; a number that
 * long could not hold answered 500, and a negative one a 409 against a version that cannot exist.
 */
public final class EditedVersion {

    /** What a version must be, for messages. */
    public static final String EXPECTED = "a whole number from 0 to " + Long.MAX_VALUE + " (the version you read)";

    private EditedVersion() {
    }

    /** The version, refused with {@code field} when it is negative. */
    public static long require(String field, long version) {
        if (version < 0) {
            throw invalid(field, Long.toString(version));
        }
        return version;
    }

    /** The version a JSON value gives: an integral JSON number within range, not a string, fraction, exponent or null. */
    public static long of(String field, JsonValue value) {
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return require(field, number.longValueExact());
            } catch (ArithmeticException beyondLong) {
                throw invalid(field, value.toString());
            }
        }
        throw invalid(field, value.toString());
    }

    private static InvalidInputException invalid(String field, String given) {
        return new InvalidInputException(field, field + " must be " + EXPECTED + ", was " + given);
    }
}
