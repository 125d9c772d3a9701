package org.dictum.search.collection;

import java.util.List;

/**
 * What adding or removing members changed: the ids that were added (or removed), those that
 * already were (or were not) members, and the collection's state afterwards.
 */
public record MembershipChange(List<Long> articlesChanged, List<Long> statementsChanged, List<Long> articlesUnchanged,
                               List<Long> statementsUnchanged, CollectionSummary collection) {

    public MembershipChange {
        articlesChanged = List.copyOf(articlesChanged);
        statementsChanged = List.copyOf(statementsChanged);
        articlesUnchanged = List.copyOf(articlesUnchanged);
        statementsUnchanged = List.copyOf(statementsUnchanged);
    }
}
