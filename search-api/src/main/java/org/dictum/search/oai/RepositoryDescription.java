package org.dictum.search.oai;

import java.time.Instant;

/** What Identify tells. */
public record RepositoryDescription(String name, String adminEmail, Instant earliestDatestamp, String sampleIdentifier) {
}
