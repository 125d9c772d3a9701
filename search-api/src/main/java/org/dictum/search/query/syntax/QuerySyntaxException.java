package org.dictum.search.query.syntax;

/**
 * A query that cannot be parsed, with the 0-based character position of the problem and the request
 * parameter that held the query ({@code q} unless said otherwise).
 */
public class QuerySyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private static final String QUERY_PARAMETER = "q";

    private final int position;
    private final String problem;
    private final String parameter;

    public QuerySyntaxException(int position, String problem) {
        this(QUERY_PARAMETER, "", position, problem);
    }

    private QuerySyntaxException(String parameter, String where, int position, String problem) {
        super("Query syntax error" + where + " at position " + (position + 1) + ": " + problem);
        this.position = position;
        this.problem = problem;
        this.parameter = parameter;
    }

    /**
     * The same error in a query another parameter held: {@code inParameter("compare", "compare query 2")} says
     * "Query syntax error in compare query 2 at position 1: …" and names {@code compare}.
     */
    public QuerySyntaxException inParameter(String parameter, String query) {
        return new QuerySyntaxException(parameter, " in " + query, position, problem);
    }

    /** 0-based offset into the query text. */
    public int position() {
        return position;
    }

    public String problem() {
        return problem;
    }

    /** The request parameter that held the query. */
    public String parameter() {
        return parameter;
    }
}
