package org.dictum.search.oai;

import java.time.Instant;

/**
 * The resumptionToken element of an incomplete list: {@code token} is empty on the last page, which still tells
 * {@code completeListSize} and {@code cursor} (the records answered before this page), as OAI-PMH 2.0 (3.5) has it.
 */
public record ListState(String token, long completeListSize, long cursor, Instant expires) {
}
