package org.dictum.search.authority;

import java.time.Instant;
import java.util.List;
import org.dictum.domain.authority.ActorMerge;

/** What a merge or unmerge did: both actors as they are now, and how many statements it moved. */
public record MergeOutcome(ActorEntry merged, ActorEntry survivor, int movedStatements, List<String> addedAliases,
                           Instant mergedAt, Instant undoneAt) {

    static MergeOutcome of(ActorMerge merge) {
        return new MergeOutcome(ActorEntry.of(merge.getMerged()), ActorEntry.of(merge.getSurvivor()),
                merge.movedStatementCount(), List.copyOf(merge.getAddedAliases()), merge.getMergedAt(),
                merge.getUndoneAt().orElse(null));
    }
}
