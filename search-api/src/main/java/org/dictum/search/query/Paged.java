package org.dictum.search.query;

import java.util.List;

/**
 * A page of a longer list, which names the pages next to it: the REST API answers them as RFC 8288 {@code Link}
 * headers on every paged list, in one place.
 */
public interface Paged {

    /** The pages next to this one ({@code next} while more follow, {@code prev} and {@code first} where meaningful). */
    List<PageLink> links();
}
