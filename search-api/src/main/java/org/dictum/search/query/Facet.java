package org.dictum.search.query;

import java.util.Arrays;
import java.util.Optional;
import org.dictum.search.mapping.SearchFields;

/** The facets a search can be filtered and counted by, with their request parameter names. */
public enum Facet {
    ACTOR("actor", SearchFields.ACTOR),
    SPEAKER("speaker", SearchFields.SPEAKER),
    TOPIC("topic", SearchFields.TOPIC),
    SOURCE("source", SearchFields.SOURCE),
    LANGUAGE("language", SearchFields.LANGUAGE),
    MONTH("month", SearchFields.MONTH),
    COLLECTION("collection", SearchFields.COLLECTION);

    private final String parameter;
    private final String field;

    Facet(String parameter, String field) {
        this.parameter = parameter;
        this.field = field;
    }

    public String parameter() {
        return parameter;
    }

    public String field() {
        return field;
    }

    /** Months read best in time order; everything else by count. */
    public boolean orderedByValue() {
        return this == MONTH;
    }

    public static Optional<Facet> byParameter(String name) {
        return Arrays.stream(values()).filter(f -> f.parameter.equals(name)).findFirst();
    }
}
