package org.dictum.search.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one reader of JSON that people send: API request bodies ({@code JsonBodyDecoding}) and JSON Lines import
 * records. A text holds exactly one JSON value and nothing but whitespace after it, and an object names each key
 * once. JSON-P and JSON-B stop at the end of the first value and keep the last of duplicate keys, so
 * {@code {"url":"…/1"} {"url":"…/2"}} stored the first article and dropped the second without a word, and
 * {@code {"text":"a","text":"b"}} archived whichever came last.
 */
public final class StrictJson {

    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile(
            "Unexpected char (-?\\d+) at \\(line no=(\\d+), column no=(\\d+), offset=\\d+\\)(?:, expecting '(.)')?");
    private static final Pattern UNEXPECTED_TOKEN = Pattern.compile(
            "Invalid token=(\\w+) at \\(line no=(\\d+), column no=(\\d+), offset=\\d+\\)\\. Expected tokens are: \\[([\\w, ]*)]");

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
            throw new MalformedJsonException("not valid JSON: " + readable(e.getMessage()));
        }
    }

    /**
     * The JSON parser's complaint in words a client can act on. Parsson said "Unexpected char 111 at (line no=1,
     * column no=2, offset=1), expecting 'u'" (111 being the code of 'o') and "Invalid token=CURLYCLOSE at (…).
     * Expected tokens are: [STRING]"; that becomes "unexpected 'o' at line 1, column 2 (expected 'u')" and
     * "unexpected } at line 1, column 8; expected a string". Other messages pass unchanged.
     */
    static String readable(String message) {
        if (message == null) {
            return "unreadable";
        }
        Matcher character = UNEXPECTED_CHARACTER.matcher(message);
        if (character.matches()) {
            int code = Integer.parseInt(character.group(1));
            String expected = character.group(4) == null ? "" : " (expected '" + character.group(4) + "')";
            if (code < 0) {   // the end of the text, where Parsson's line and column point past it
                return "the text ends before the JSON value does" + expected;
            }
            String found = code < 0x20 ? String.format(Locale.ROOT, "control character U+%04X", code)
                    : "'" + new String(Character.toChars(code)) + "'";
            return "unexpected " + found + " at line " + character.group(2) + ", column " + character.group(3) + expected;
        }
        Matcher token = UNEXPECTED_TOKEN.matcher(message);
        if (token.matches()) {
            String expected = Arrays.stream(token.group(4).split(",\\s*")).filter(name -> !name.isBlank())
                    .map(StrictJson::tokenName).collect(Collectors.joining(" or "));
            // At the end of the text Parsson's line and column point past it: they would mislead.
            return token.group(1).equals("EOF") ? "the text ends before the JSON value does; expected " + expected
                    : "unexpected " + tokenName(token.group(1)) + " at line " + token.group(2) + ", column " + token.group(3)
                    + "; expected " + expected;
        }
        return message;
    }

    /** A token as a syntax error names it: punctuation and literals as written, a string or number by its kind. */
    private static String tokenName(String token) {
        return JsonKind.ofToken(token).map(JsonKind::phrase).orElseGet(() -> switch (token) {
            case "CURLYOPEN" -> "{";
            case "CURLYCLOSE" -> "}";
            case "SQUAREOPEN" -> "[";
            case "SQUARECLOSE" -> "]";
            case "COLON" -> ":";
            case "COMMA" -> ",";
            case "TRUE" -> "true";
            case "FALSE" -> "false";
            case "NULL" -> "null";
            case "EOF" -> "the end of the text";
            default -> token;
        });
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
