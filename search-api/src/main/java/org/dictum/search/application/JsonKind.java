package org.dictum.search.application;

import jakarta.json.JsonValue;
import java.util.Optional;

/**
 * The kinds of JSON value, named as messages to clients name them ("expected an array, not a string"). One place for
 * the names that the JSON parser's complaints ({@link StrictJson}), JSON-B's complaints ({@code ProblemMappers}), the
 * body checks and the JSON Lines import each spelled out with their own switch.
 */
public enum JsonKind {
    OBJECT("an object"),
    ARRAY("an array"),
    STRING("a string"),
    NUMBER("a number"),
    BOOLEAN("a boolean"),
    NULL("null");

    private final String phrase;

    JsonKind(String phrase) {
        this.phrase = phrase;
    }

    /** "an object", "a string", …: the kind with its article, as a message says it. */
    public String phrase() {
        return phrase;
    }

    public static JsonKind of(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> OBJECT;
            case ARRAY -> ARRAY;
            case STRING -> STRING;
            case NUMBER -> NUMBER;
            case TRUE, FALSE -> BOOLEAN;
            case NULL -> NULL;
        };
    }

    /** The kind of value a JSON-P parser event ({@code START_ARRAY}, {@code VALUE_TRUE}, …) begins; none for an end. */
    public static Optional<JsonKind> ofParserEvent(String event) {
        return Optional.ofNullable(switch (event) {
            case "START_OBJECT" -> OBJECT;
            case "START_ARRAY" -> ARRAY;
            case "VALUE_STRING" -> STRING;
            case "VALUE_NUMBER" -> NUMBER;
            case "VALUE_TRUE", "VALUE_FALSE" -> BOOLEAN;
            case "VALUE_NULL" -> NULL;
            default -> null;
        });
    }

    /**
     * The kind of value a Parsson token ({@code STRING}, {@code NUMBER}) is; none for punctuation and for the
     * literals {@code true}, {@code false} and {@code null}, which a syntax error names as they are written.
     */
    public static Optional<JsonKind> ofToken(String token) {
        return Optional.ofNullable(switch (token) {
            case "STRING" -> STRING;
            case "NUMBER" -> NUMBER;
            default -> null;
        });
    }
}
