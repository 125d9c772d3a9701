package org.dictum.search.reindex;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a reindex run does: group the articles that have no story fingerprint yet (first, when
 * asked), then rewrite the documents of the targets, in the order of {@link ReindexTarget}.
 *
 * @param repair    started because the index disagreed with the database (records are missing from
 *                  search until it is done, so the search index is not ready meanwhile)
 * @param startedBy the user who asked, or what started it
 */
public record ReindexRequest(Set<ReindexTarget> targets, boolean regroupStories, boolean repair, String startedBy) {

    public ReindexRequest {
        targets = targets.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(targets));
        Objects.requireNonNull(startedBy, "startedBy");
        if (targets.isEmpty() && !regroupStories) {
            throw new IllegalArgumentException("A reindex needs a target or the story regrouping");
        }
    }

    /** The targets in the order they are rewritten. */
    public List<ReindexTarget> orderedTargets() {
        return targets.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(targets));
    }

    /** Everything, because the index was found out of step with the database at start-up. */
    public static ReindexRequest repairAtStartup() {
        return new ReindexRequest(EnumSet.allOf(ReindexTarget.class), false, true, "start-up index check");
    }
}
