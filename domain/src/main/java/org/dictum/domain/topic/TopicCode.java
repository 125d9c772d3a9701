package org.dictum.domain.topic;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A topic's stable, URI-safe identifier ({@code security-defence}): lower-case ASCII letters and
 * digits in groups joined by single hyphens. Used as SKOS notation and as the concept URI's slug.
 */
public record TopicCode(String value) {

    public static final int MAX_LENGTH = 100;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public TopicCode {
        if (value == null || value.length() > MAX_LENGTH || !SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException("A topic code is a slug such as 'arms-control' of at most "
                    + MAX_LENGTH + " characters, not '" + value + "'");
        }
    }

    /** The slug of a label: accents dropped, "&amp;" read as "and", other punctuation as hyphens. */
    public static TopicCode fromLabel(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            slug = "topic";
        }
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return new TopicCode(slug);
    }

    /** This code with a numeric suffix, to tell apart topics whose labels give the same slug. */
    public TopicCode withSuffix(int number) {
        String suffix = "-" + number;
        String base = value.length() + suffix.length() > MAX_LENGTH
                ? value.substring(0, MAX_LENGTH - suffix.length()).replaceAll("-+$", "") : value;
        return new TopicCode(base + suffix);
    }

    @Override
    public String toString() {
        return value;
    }
}
