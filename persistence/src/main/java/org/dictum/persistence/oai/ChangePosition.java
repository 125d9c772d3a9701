package org.dictum.persistence.oai;

import java.time.Instant;
import java.util.Objects;

/** Where a page of changed articles ends: articles are ordered by (modifiedAt, id). */
public record ChangePosition(Instant modifiedAt, long id) {

    public ChangePosition {
        Objects.requireNonNull(modifiedAt, "modifiedAt");
    }
}
