package org.dictum.search.mapping;

/** Index field names, shared by the mapping and the queries. */
public final class SearchFields {

    /** Statement content, full text (stemmed); see {@link #exact(String)}. */
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
    /**
     * The slugs of the collections a record belongs to: an article's own, a statement's own and its
     * article's. Private ones too: searches hide the values a caller may not see.
     */
    public static final String COLLECTION = "collection";

    public static final String PUBLISHED_DATE = "published_date";
    public static final String STATEMENT_DATE = "statement_date";

    /** On statements, stored only: the text before the statement in its article (keyword in context). */
    public static final String CONTEXT_BEFORE = "context_before";
    /** On statements, stored only: the text after it. */
    public static final String CONTEXT_AFTER = "context_after";

    /** On statements, stored only: their article's headline, source name and publication instant (ISO-8601). */
    public static final String ARTICLE_TITLE = "article_title";
    public static final String ARTICLE_SOURCE = "article_source";
    public static final String ARTICLE_PUBLISHED_AT = "article_published_at";

    /** The database id, for tie-breaking sorts and cursors. */
    public static final String ID = "id_sort";
    /** On statements: the id of their article. */
    public static final String ARTICLE_ID = "article_id";

    /*
     * On statements, stored only: what a hit shows of the statement itself, so that a page of hits
     * needs no database at all. The speaker's canonical name and type are the authority's at
     * indexing time: renames, type changes, merges and splits reindex the statements concerned.
     */
    public static final String HIT_KIND = "hit_kind";
    public static final String HIT_CUE = "hit_cue";
    /** The speaker as the article names them. */
    public static final String HIT_SPEAKER_MENTION = "hit_speaker_mention";
    /** The speaker's canonical name in the actor authority. */
    public static final String HIT_SPEAKER = "hit_speaker";
    public static final String HIT_SPEAKER_TYPE = "hit_speaker_type";
    /** ISO-8601 date. */
    public static final String HIT_STATEMENT_DATE = "hit_statement_date";
    /** {@code true} when the publication date stands in for the statement date. */
    public static final String HIT_DATE_INFERRED = "hit_date_inferred";
    /** Always present where the index stores hits to be shown from it: the marker of that. */
    public static final String HIT_STATUS = "hit_status";
    /** The article's id, as a decimal string. */
    public static final String HIT_ARTICLE_ID = "hit_article_id";

    private static final String EXACT = "_exact";
    private static final String WORDS = "_words";

    private SearchFields() {
    }

    /** The unstemmed, accent- and case-folded twin of a full-text field. */
    public static String exact(String fullTextField) {
        return fullTextField + EXACT;
    }

    /** The searchable words of a keyword field, for fielded queries such as {@code speaker:blinken}. */
    public static String words(String keywordField) {
        return keywordField + WORDS;
    }
}
