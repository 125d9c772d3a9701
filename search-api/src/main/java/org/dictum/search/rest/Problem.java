package org.dictum.search.rest;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail.
 *
 * @param type       identifies the kind of problem
 * @param instance   identifies this occurrence; quoted in the server log for 500s
 * @param violations the offending fields, for validation problems
 * @param position   for query syntax errors: the 1-based character position of the problem in {@code q}
 */
public record Problem(URI type, String title, int status, String detail, URI instance, List<Violation> violations,
                      Integer position) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field. */
    public record Violation(String field, String message) {
    }
}
