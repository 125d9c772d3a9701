package org.dictum.domain.savedsearch;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a saved search looks for; its name is the last segment of the search endpoint. */
public enum SearchTarget {
    STATEMENTS,
    ARTICLES;

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SearchTarget> byParameter(String value) {
        return Arrays.stream(values()).filter(t -> t.parameter().equals(value)).findFirst();
    }
}
