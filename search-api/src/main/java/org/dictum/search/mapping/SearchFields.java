package org.dictum.search.mapping;

/** Index field names, shared by the mapping and the queries. */
public final class SearchFields {

    /** Statement content, full text. */
    public static final String CONTENT = "content";
    /** Article headline, full text. */
    public static final String TITLE = "title";
    /** Article main text, full text. */
    public static final String MAIN_TEXT = "main_text";

    public static final String ACTOR = "actor";
    public static final String SPEAKER = "speaker";
    public static final String TOPIC = "topic";
    public static final String SOURCE = "source";
    public static final String LANGUAGE = "language";
    /** Publication month as {@code yyyy-MM}. */
    public static final String MONTH = "month";
    public static final String KIND = "kind";
    public static final String CUE = "cue";

    public static final String PUBLISHED_DATE = "published_date";
    public static final String STATEMENT_DATE = "statement_date";

    private SearchFields() {
    }
}
