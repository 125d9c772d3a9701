package org.dictum.persistence.oai;

import java.time.Instant;
import java.util.Objects;

/**
 * Which changed articles a harvest asks for: changed at or after {@code from} (null: any time),
 * strictly before {@code before}, in the set {@code members} (null: every article).
 */
public record ChangeWindow(Instant from, Instant before, SetRestriction members) {

    public ChangeWindow {
        Objects.requireNonNull(before, "before");
    }
}
