package org.dictum.search.authority;

import java.util.List;

/** One page of an actor listing, proposed actors first. */
public record ActorPage(long total, int offset, int limit, List<ActorEntry> actors) {
}
