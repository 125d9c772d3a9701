package org.dictum.search.collection;

/**
 * Who reads collections in this request.
 *
 * @param name      the user name, null for an anonymous visitor
 * @param librarian at least a librarian: sees every collection
 */
public record Reader(String name, boolean librarian) {

    public static final Reader ANONYMOUS = new Reader(null, false);
}
