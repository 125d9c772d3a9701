package org.dictum.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * URL-safe keys made from names: lower-case ASCII letters and digits in groups joined by single
 * hyphens ({@code ukraine-talks-2022}). One rule for collection slugs, topic codes and OAI-PMH
 * source sets, so that the same name gives the same key everywhere.
 */
public final class Slugs {

    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {
    }

    /** True when {@code value} is a well-formed slug of at most {@code maxLength} characters. */
    public static boolean isSlug(String value, int maxLength) {
        return value != null && value.length() <= maxLength && FORM.matcher(value).matches();
    }

    /**
     * The slug of a name: accents dropped, "&amp;" read as "and", other punctuation as hyphens;
     * {@code fallback} when nothing is left.
     */
    public static String of(String name, String fallback) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? fallback : slug;
    }

    /** The same, cut to at most {@code maxLength} characters (never ending in a hyphen). */
    public static String of(String name, String fallback, int maxLength) {
        return cut(of(name, fallback), maxLength);
    }

    /** The slug with a numeric suffix ({@code talks-2}), its base cut so that the whole fits {@code maxLength}. */
    public static String withSuffix(String slug, int number, int maxLength) {
        String suffix = "-" + number;
        return cut(slug, maxLength - suffix.length()) + suffix;
    }

    private static String cut(String slug, int maxLength) {
        return slug.length() > maxLength ? slug.substring(0, maxLength).replaceAll("-+$", "") : slug;
    }
}
