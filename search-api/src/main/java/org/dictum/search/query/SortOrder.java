package org.dictum.search.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How hits are ordered. */
public enum SortOrder {
    RELEVANCE("relevance"),
    NEWEST("newest"),
    OLDEST("oldest");

    private final String parameter;

    SortOrder(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<SortOrder> byParameter(String value) {
        return Arrays.stream(values())
                .filter(s -> s.parameter.equals(value.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
