package org.dictum.domain.collection;

import org.dictum.domain.InvalidInputException;
import org.dictum.domain.Slugs;

/**
 * A collection's stable, URL-safe identifier ({@code ukraine-talks-2022}): lower-case ASCII letters
 * and digits in groups joined by single hyphens. It names the collection in URLs and search filters
 * and never changes once given.
 */
public record CollectionSlug(String value) {

    public static final int MAX_LENGTH = 100;

    public CollectionSlug {
        if (!isValid(value)) {
            throw new InvalidInputException("slug", "A collection slug is lower-case letters and digits joined by single"
                    + " hyphens, such as 'ukraine-talks-2022', of at most " + MAX_LENGTH + " characters, not '" + value + "'");
        }
    }

    /** True when {@code value} is a well-formed slug. */
    public static boolean isValid(String value) {
        return Slugs.isSlug(value, MAX_LENGTH);
    }

    /** The slug of a title: accents dropped, "&amp;" read as "and", other punctuation as hyphens. */
    public static CollectionSlug fromTitle(String title) {
        return new CollectionSlug(Slugs.of(title == null ? "" : title, "collection", MAX_LENGTH));
    }

    /** This slug with a numeric suffix, to tell apart collections whose titles give the same slug. */
    public CollectionSlug withSuffix(int number) {
        return new CollectionSlug(Slugs.withSuffix(value, number, MAX_LENGTH));
    }

    @Override
    public String toString() {
        return value;
    }
}
