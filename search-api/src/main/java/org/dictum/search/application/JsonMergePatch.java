package org.dictum.search.application;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;
import java.util.OptionalLong;
import org.dictum.domain.InvalidInputException;

/**
 * What the API's JSON merge patches (RFC 7396) share: the body is one JSON object, a member that is
 * present replaces its part (null clears it) and an absent one leaves it alone; {@code version} (the
 * version the editor read) and {@code reason} ride along. Subclasses check their members when built.
 */
public abstract class JsonMergePatch {

    /** The largest {@code reason}. */
    static final int MAX_REASON_LENGTH = 1000;

    /** The member naming the version the editor read. */
    static final String VERSION = "version";

    private final JsonObject body;
    private final OptionalLong version;

    /** Reads {@code version} here, once for every patch, so that no resource meets one it cannot use. */
    JsonMergePatch(JsonObject body) {
        this.body = body;
        this.version = body.containsKey(VERSION) ? OptionalLong.of(EditedVersion.of(VERSION, body.get(VERSION)))
                : OptionalLong.empty();
    }

    /** Reads a request body, which must be one JSON object. */
    static JsonObject readObject(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidInputException("body", "A JSON object is required");
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidInputException("body", "The body must be one JSON object: " + e.getMessage());
        }
    }

    public OptionalLong version() {
        return version;
    }

    public Optional<String> reason() {
        return text("reason");
    }

    final boolean edited(String name) {
        return body.containsKey(name);
    }

    final JsonValue member(String name) {
        return body.get(name);
    }

    /** The member's text, stripped; empty when it is absent, null or blank. */
    final Optional<String> text(String name) {
        return body.get(name) instanceof JsonString string && !string.getString().isBlank()
                ? Optional.of(string.getString().strip()) : Optional.empty();
    }

    static void requireWholeNumber(String name, JsonValue value) {
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw new InvalidInputException(name, name + " must be a whole number");
        }
    }

    static void requireText(String name, JsonValue value, int maxLength) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        if (!(value instanceof JsonString string)) {
            throw new InvalidInputException(name, name + " must be a string or null");
        }
        if (string.getString().length() > maxLength) {
            throw new InvalidInputException(name, name + " has at most " + maxLength + " characters");
        }
    }
}
