package org.dictum.domain;

import java.text.Normalizer;
import java.util.Objects;
import java.util.regex.Pattern;

/** Small checks on the strings that entities accept. */
public final class Text {

    /** Unicode white space, the no-break spaces that copied names bring along included. */
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private Text() {
    }

    /** The value without surrounding white space; refuses null and blank values, naming {@code what}. */
    public static String requireNonBlank(String value, String what) {
        Objects.requireNonNull(value, what);
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return stripped;
    }

    /** The value without surrounding white space, or null when it is null or blank. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The value in Unicode normalization form C (null stays null): "ü" typed as one character and as "u" with a
     * combining diaeresis are the same name, and only one of them can be stored or compared.
     */
    public static String nfc(String value) {
        return value == null || Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value
                : Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    /**
     * The value with each run of white space inside it (spaces, tabs, line breaks, no-break spaces) as one space
     * (null stays null): "Joe  Biden" and "Joe Biden" are one name.
     */
    public static String collapseWhitespace(String value) {
        return value == null ? null : WHITESPACE_RUN.matcher(value).replaceAll(" ");
    }

    /** The value cut to at most {@code length} characters (null stays null). */
    public static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
