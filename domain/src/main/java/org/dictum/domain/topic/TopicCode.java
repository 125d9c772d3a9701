package org.dictum.domain.topic;

import org.dictum.domain.Slugs;

/**
 * A topic's stable, URI-safe identifier ({@code security-defence}): lower-case ASCII letters and
 * digits in groups joined by single hyphens. Used as SKOS notation and as the concept URI's slug.
 */
public record TopicCode(String value) {

    public static final int MAX_LENGTH = 100;

    public TopicCode {
        if (!Slugs.isSlug(value, MAX_LENGTH)) {
            throw new IllegalArgumentException("A topic code is a slug such as 'arms-control' of at most "
                    + MAX_LENGTH + " characters, not '" + value + "'");
        }
    }

    /** The slug of a label: accents dropped, "&amp;" read as "and", other punctuation as hyphens. */
    public static TopicCode fromLabel(String label) {
        return new TopicCode(Slugs.of(label, "topic", MAX_LENGTH));
    }

    /** This code with a numeric suffix, to tell apart topics whose labels give the same slug. */
    public TopicCode withSuffix(int number) {
        return new TopicCode(Slugs.withSuffix(value, number, MAX_LENGTH));
    }

    @Override
    public String toString() {
        return value;
    }
}
