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

    /** What a search gives {@code rows} of, in words: "The search finds 12 articles". */
    public String counted(long rows) {
        return switch (this) {
            case ARTICLES -> "The search finds " + rows + (rows == 1 ? " article" : " articles");
            case STATEMENTS -> "The search finds " + rows + (rows == 1 ? " statement" : " statements");
            case ARTICLES_OF_STATEMENTS -> "The statements the search finds belong to " + rows
                    + (rows == 1 ? " article" : " articles");
        };
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
