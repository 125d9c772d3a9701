package org.dictum.search.query.syntax;

/** A query that cannot be parsed, with the 0-based character position of the problem. */
public class QuerySyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int position;
    private final String problem;

    public QuerySyntaxException(int position, String problem) {
        super("Query syntax error at position " + (position + 1) + ": " + problem);
        this.position = position;
        this.problem = problem;
    }

    /** 0-based offset into the query text. */
    public int position() {
        return position;
    }

    public String problem() {
        return problem;
    }
}
