package org.dictum.web.authority;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dictum.search.authority.TopicEntry;

/**
 * The taxonomy as the Taxonomy page lists it: one row per topic in the order of {@code TopicTaxonomy.tree()} (parents
 * before their children), each knowing its depth and the depth of the row after it, so that the page can nest the
 * rows as lists within lists. Screen readers announce a list's nesting level; an indentation they do not.
 */
final class TopicTree {

    private TopicTree() {
    }

    /** The rows of topics given parents first, each child right after its parent's earlier children. */
    static List<TopicRow> rows(List<TopicEntry> parentsFirst) {
        Map<Long, Integer> depths = new HashMap<>();
        List<Integer> levels = new ArrayList<>();
        for (TopicEntry topic : parentsFirst) {
            int depth = topic.parent() == null ? 0 : depths.getOrDefault(topic.parent(), -1) + 1;
            depths.put(topic.id(), depth);
            levels.add(depth);
        }
        List<TopicRow> rows = new ArrayList<>();
        for (int i = 0; i < parentsFirst.size(); i++) {
            int next = i + 1 < levels.size() ? levels.get(i + 1) : 0;
            rows.add(new TopicRow(parentsFirst.get(i), levels.get(i), next));
        }
        return List.copyOf(rows);
    }

    /** Every row but topic {@code id}'s: the topics another one can be merged into or have its records moved to. */
    static List<TopicRow> others(List<TopicRow> rows, long id) {
        return rows.stream().filter(row -> row.getId() != id).toList();
    }

    /**
     * The topics topic {@code id} can be moved under: every row but itself and its narrower topics, at any depth (the
     * rows after it that are deeper than it), which would make it its own ancestor.
     */
    static List<TopicRow> possibleParents(List<TopicRow> rows, long id) {
        List<TopicRow> parents = new ArrayList<>();
        int movedDepth = -1;
        for (TopicRow row : rows) {
            if (movedDepth >= 0 && row.getDepth() > movedDepth) {
                continue;
            }
            movedDepth = row.getId() == id ? row.getDepth() : -1;
            if (movedDepth < 0) {
                parents.add(row);
            }
        }
        return List.copyOf(parents);
    }
}
