package org.dictum.search.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;

/**
 * The one reader of JSON that people send: API request bodies ({@code JsonBodyDecoding}) and JSON Lines import
 * records. A text holds exactly one JSON value and nothing but whitespace after it, and an object names each key
 * once. JSON-P and JSON-B stop at the end of the first value and keep the last of duplicate keys, so
 * {@code {"url":"…/1"} {"url":"…/2"}} stored the first article and dropped the second without a word, and
 * {@code {"text":"a","text":"b"}} archived whichever came last.
 */
public final class StrictJson {

    private StrictJson() {
    }

    /** Why a text is not one JSON value; the message is for people and says where. */
    public static final class MalformedJsonException extends RuntimeException {
        MalformedJsonException(String message) {
            super(message);
        }
    }

    /** The single JSON value the text holds. */
    public static JsonValue read(String text) {
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw new MalformedJsonException("no JSON value");
            }
            JsonValue value = value(parser, parser.next());
            JsonLocation end = parser.getLocation();
            boolean trailing;
            try {
                trailing = parser.hasNext();
            } catch (JsonException e) {
                trailing = true;
            }
            if (trailing) {
                throw new MalformedJsonException("unexpected text after the JSON value, which ends at character "
                        + end.getStreamOffset() + ": only whitespace may follow it (one value per body or line)");
            }
            return value;
        } catch (JsonException | IllegalStateException e) {
            throw new MalformedJsonException("not valid JSON: " + e.getMessage());
        }
    }

    private static JsonValue value(JsonParser parser, JsonParser.Event event) {
        return switch (event) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            default -> parser.getValue();
        };
    }

    private static JsonValue object(JsonParser parser) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        Set<String> keys = new HashSet<>();
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
            String key = parser.getString();
            if (!keys.add(key)) {
                throw new MalformedJsonException("the key \"" + key + "\" appears twice in one object (character "
                        + parser.getLocation().getStreamOffset() + "); give each key once");
            }
            object.add(key, value(parser, parser.next()));
        }
        return object.build();
    }

    private static JsonValue array(JsonParser parser) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
            array.add(value(parser, event));
        }
        return array.build();
    }
}
