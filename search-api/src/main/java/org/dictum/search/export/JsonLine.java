package org.dictum.search.export;

import jakarta.json.JsonObject;

/**
 * One line of a JSON Lines file, for search exports and the audit log alike. U+2028, U+2029 and U+0085
 * are written as escapes: JSON allows them raw inside strings, but readers that split a file at every
 * Unicode line break (Python's {@code str.splitlines()}, some editors) would cut a row in two there.
 * They can only occur inside strings, so the escaped text is the same JSON.
 */
public final class JsonLine {

    private JsonLine() {
    }

    /** The object as JSON text on one line, without the line's end. */
    public static String of(JsonObject object) {
        return object.toString().replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\u0085", "\\u0085");
    }
}
