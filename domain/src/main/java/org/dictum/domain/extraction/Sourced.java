package org.dictum.domain.extraction;

import java.util.Objects;

/**
 * A metadata value with where it was found, so a reader can judge it: {@code supplied} (by the submitter),
 * {@code json-ld}, {@code og} (Open Graph and its article: properties), {@code meta:<name>} (a named meta element),
 * {@code canonical} (link rel=canonical), {@code html-lang}, {@code time} (a time element), {@code url} (the page
 * address), {@code title} (the title element), {@code h1}, {@code byline}, {@code dateline} (a date printed on the
 * page), {@code first-line} (of a plain text), {@code detected} (language detection).
 */
public record Sourced<T>(T value, String origin) {

    public Sourced {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
    }

    /** A value from {@code origin}, or null when there is no value. */
    static <T> Sourced<T> of(T value, String origin) {
        return value == null ? null : new Sourced<>(value, origin);
    }

    /** A stripped text from {@code origin}, or null when it is null or blank. */
    static Sourced<String> text(String value, String origin) {
        return value == null || value.isBlank() ? null : new Sourced<>(value.strip().replaceAll("\\s+", " "), origin);
    }
}
