package org.dictum.domain.collection;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dictum.domain.InvalidInputException;

/**
 * A collection's stable, URL-safe identifier ({@code ukraine-talks-2022}): lower-case ASCII letters
 * and digits in groups joined by single hyphens. It names the collection in URLs and search filters
 * and never changes once given.
 */
public record CollectionSlug(String value) {

    public static final int MAX_LENGTH = 100;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public CollectionSlug {
        if (!isValid(value)) {
            throw new InvalidInputException("slug", "A collection slug is lower-case letters and digits joined by single"
                    + " hyphens, such as 'ukraine-talks-2022', of at most " + MAX_LENGTH + " characters, not '" + value + "'");
        }
    }

    /** True when {@code value} is a well-formed slug. */
    public static boolean isValid(String value) {
        return value != null && value.length() <= MAX_LENGTH && SLUG.matcher(value).matches();
    }

    /** The slug of a title: accents dropped, "&amp;" read as "and", other punctuation as hyphens. */
    public static CollectionSlug fromTitle(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            slug = "collection";
        }
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return new CollectionSlug(slug);
    }

    /** This slug with a numeric suffix, to tell apart collections whose titles give the same slug. */
    public CollectionSlug withSuffix(int number) {
        String suffix = "-" + number;
        String base = value.length() + suffix.length() > MAX_LENGTH
                ? value.substring(0, MAX_LENGTH - suffix.length()).replaceAll("-+$", "") : value;
        return new CollectionSlug(base + suffix);
    }

    @Override
    public String toString() {
        return value;
    }
}
