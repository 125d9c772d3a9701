package org.dictum.search.oai;

import java.time.Instant;
import java.util.List;

/** A record's header: a withdrawn article is {@code deleted} (its header stays, without metadata). */
public record OaiHeader(String identifier, Instant datestamp, List<String> setSpecs, boolean deleted) {
}
