package org.dictum.domain.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dictum.domain.InvalidInputException;

/**
 * What an article's address, publication time and language must be when a client gives them, whether it submits the article or a
 * librarian corrects it: one rule for both, so that a correction cannot store what a submission is refused.
 */
public final class MetadataRules {

    /** An ISO 639 language code in front: the tag names a language, not only private use ({@code x-...}) or a grandfathered tag. */
    private static final Pattern PRIMARY_LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-.*)?");

    private MetadataRules() {
    }

    /** An absolute http or https address; blank or null passes (the field is cleared). */
    public static void requireWebAddress(String field, String url) {
        if (url != null && !url.isBlank() && !isWebAddress(url.strip())) {
            throw new InvalidInputException(field, field + " must be an absolute http or https address");
        }
    }

    /** How far ahead of now a publication time may lie: time zones and clocks that run fast, not the future. */
    public static final Duration MAX_PUBLICATION_AHEAD = Duration.ofDays(1);

    /** A publication time at most a day after now; null passes (the field is cleared or left to the document). */
    public static void requirePublishedBy(String field, OffsetDateTime publishedAt, Instant now) {
        if (publishedAt != null && publishedAt.toInstant().isAfter(now.plus(MAX_PUBLICATION_AHEAD))) {
            throw new InvalidInputException(field, field + " " + publishedAt
                    + " lies in the future: a publication time may be at most a day after now");
        }
    }

    /** {@link #requirePublishedBy(String, OffsetDateTime, Instant)} against the system clock. */
    public static void requirePublishedBy(String field, OffsetDateTime publishedAt) {
        requirePublishedBy(field, publishedAt, Instant.now());
    }

    /**
     * A well-formed BCP 47 language tag such as {@code en}, {@code pt-BR} or {@code zh-Hant-TW}, starting with a two- or
     * three-letter language code; blank or null passes (the field is cleared). Only the form is checked, not whether a
     * subtag is registered: the JDK holds no complete list of ISO 639-3 codes, and the private-use codes
     * {@code qaa}-{@code qtz} are meant for languages without one, so {@code xx} passes as {@code haw} or {@code qaa} do.
     */
    public static void requireLanguageTag(String field, String tag) {
        if (tag != null && !tag.isBlank() && !isLanguageTag(tag.strip())) {
            throw new InvalidInputException(field, field + " '" + tag.strip()
                    + "' is not a language tag: give one such as 'en', 'pt-BR' or 'zh-Hant-TW' (BCP 47)");
        }
    }

    private static boolean isLanguageTag(String tag) {
        if (!PRIMARY_LANGUAGE.matcher(tag).matches()) {
            return false;
        }
        try {
            new Locale.Builder().setLanguageTag(tag);
            return true;
        } catch (IllformedLocaleException illFormed) {
            return false;
        }
    }

    /**
     * A language tag in the case BCP 47 recommends, so that {@code EN} and {@code en} are one facet value: the
     * language in lower case, a script in title case ({@code Latn}), a region in upper case ({@code BR}).
     */
    public static String canonicalLanguageTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String[] subtags = tag.strip().split("-");
        StringBuilder canonical = new StringBuilder(subtags[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < subtags.length; i++) {
            String subtag = subtags[i];
            canonical.append('-');
            if (subtag.length() == 2 && subtag.chars().allMatch(Character::isLetter)) {
                canonical.append(subtag.toUpperCase(Locale.ROOT));
            } else if (subtag.length() == 4 && subtag.chars().allMatch(Character::isLetter)) {
                canonical.append(subtag.substring(0, 1).toUpperCase(Locale.ROOT))
                        .append(subtag.substring(1).toLowerCase(Locale.ROOT));
            } else {
                canonical.append(subtag.toLowerCase(Locale.ROOT));
            }
        }
        return canonical.toString();
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException malformed) {
            return false;
        }
    }
}
