package org.dictum.search.export;

import java.util.Locale;
import java.util.Optional;

/** What an export lists: one row per article or one row per statement of the search. */
public enum ExportedRecords {
    ARTICLES,
    STATEMENTS;

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExportedRecords> byParameter(String value) {
        for (ExportedRecords records : values()) {
            if (records.parameter().equals(value)) {
                return Optional.of(records);
            }
        }
        return Optional.empty();
    }
}
