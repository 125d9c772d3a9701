package org.dictum.search.rest;

/** Names shared by the OpenAPI annotations of the resources: tags, security schemes and the ETag header. */
final class ApiDocs {

    static final String BEARER = "bearerToken";
    static final String BASIC = "basicAuth";

    static final String ARTICLES = "Articles";
    static final String STATEMENTS = "Statements";
    static final String SEARCH = "Search";
    static final String SAVED_SEARCHES = "Saved searches";
    static final String ACTORS = "Actors";
    static final String TOPICS = "Topics";
    static final String COLLECTIONS = "Collections";
    static final String ACCOUNTS = "Tokens and users";
    static final String HISTORY = "History and audit";
    static final String EXTRACTION = "Extraction";
    static final String OPERATIONS = "Operations";
    static final String EXPORTS = "Exports and networks";
    static final String IMPORTS = "Bulk imports";

    /**
     * The header a record's GET answers its version in; {@link NotModified#document} gives every GET whose 200
     * answer has it the 304 of a conditional GET.
     */
    static final String ETAG = "ETag";
    static final String ETAG_DESCRIPTION = "The record's version as an entity tag (\"3\"): what a write names in If-Match,"
            + " and a later GET in If-None-Match";

    /** The schema of every error answer, added to the document by {@link OpenApiProblems}. */
    static final String PROBLEM_SCHEMA = "Problem";

    private ApiDocs() {
    }
}
