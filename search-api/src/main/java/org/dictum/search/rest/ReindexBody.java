package org.dictum.search.rest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dictum.domain.InvalidInputException;
import org.dictum.search.reindex.ReindexRequest;
import org.dictum.search.reindex.ReindexTarget;

/**
 * The body of {@code POST /api/admin/reindex}: {@code types} ("articles", "statements"; all when
 * absent), {@code regroupStories} (group the articles archived before stories existed first).
 */
public record ReindexBody(List<String> types, Boolean regroupStories) {

    /** The run this body asks for, started by {@code caller}; 400 naming the field when it makes no sense. */
    ReindexRequest toRequest(String caller) {
        Set<ReindexTarget> targets = EnumSet.noneOf(ReindexTarget.class);
        if (types == null) {
            targets = EnumSet.allOf(ReindexTarget.class);
        } else {
            List<String> unknown = new ArrayList<>();
            for (String type : types) {
                ReindexTarget.byName(type).ifPresentOrElse(targets::add, () -> unknown.add(String.valueOf(type)));
            }
            if (!unknown.isEmpty()) {
                throw new InvalidInputException("types", (unknown.size() == 1 ? "Unknown type " : "Unknown types ")
                        + String.join(", ", unknown.stream().map(type -> "'" + type + "'").toList())
                        + ": use articles and/or statements");
            }
        }
        boolean regroup = Boolean.TRUE.equals(regroupStories);
        if (targets.isEmpty() && !regroup) {
            throw new InvalidInputException("types", "Nothing to do: name a type, or set regroupStories");
        }
        return new ReindexRequest(targets, regroup, false, caller);
    }

    /** A missing body means everything, without story grouping. */
    static ReindexBody orDefault(ReindexBody body) {
        return body == null ? new ReindexBody(null, null) : body;
    }
}
