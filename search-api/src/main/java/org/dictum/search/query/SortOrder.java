package org.dictum.search.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.dictum.domain.InvalidInputException;

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

    /**
     * The order a request names: null for none or blank (the default order).
     *
     * @throws InvalidInputException naming the {@code sort} parameter for anything else
     */
    public static SortOrder parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return byParameter(value.strip()).orElseThrow(() ->
                new InvalidInputException("sort", "sort must be one of relevance, newest, oldest"));
    }

    public static Optional<SortOrder> byParameter(String value) {
        return Arrays.stream(values())
                .filter(s -> s.parameter.equals(value.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
