package org.dictum.search.oai;

import java.time.Instant;

/**
 * The resumptionToken element of an incomplete list: {@code token} is empty on the last page;
 * {@code completeListSize} is null where it is not known (sets).
 */
public record ListState(String token, Long completeListSize, long cursor, Instant expires) {
}
