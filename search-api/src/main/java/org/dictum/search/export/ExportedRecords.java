package org.dictum.search.export;

import java.util.Optional;

/** What an export lists: one row per article or one row per statement of the search. */
public enum ExportedRecords {
    /** The articles an article search finds (its query and filters apply to articles). */
    ARTICLES("articles"),
    STATEMENTS("statements"),
    /**
     * The articles the statements of a statement search belong to, each once, in the order of its first
     * statement: what "articles" means on the statement search page.
     */
    ARTICLES_OF_STATEMENTS("statement-articles");

    private final String parameter;

    ExportedRecords(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<ExportedRecords> byParameter(String value) {
        for (ExportedRecords records : values()) {
            if (records.parameter.equals(value)) {
                return Optional.of(records);
            }
        }
        return Optional.empty();
    }
}
