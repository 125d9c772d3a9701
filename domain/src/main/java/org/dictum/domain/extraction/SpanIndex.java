package org.dictum.domain.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Items of a text found by the stretch of text they cover, so that comparing each statement with the others nearby
 * does not compare it with every statement of the text. A lookup costs the logarithm of the number of items plus the
 * items starting within the longest stretch's length before the asked one.
 *
 * @param <T> the items
 */
final class SpanIndex<T> {

    private final TreeMap<Integer, List<Entry<T>>> byStart = new TreeMap<>();
    private int longest;

    private int added;

    private record Entry<T>(int start, int end, T item, int sequence) {
    }

    void add(int start, int end, T item) {
        byStart.computeIfAbsent(start, key -> new ArrayList<>(1)).add(new Entry<>(start, end, item, added++));
        longest = Math.max(longest, end - start);
    }

    /** The items whose stretch lies within {@code [from, to]}, in the order they were added. */
    List<T> within(int from, int to) {
        List<Entry<T>> found = new ArrayList<>();
        for (List<Entry<T>> starting : byStart.subMap(from, true, to, true).values()) {
            for (Entry<T> entry : starting) {
                if (entry.end() <= to) {
                    found.add(entry);
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(Entry::sequence));
        return found.stream().map(Entry::item).toList();
    }

    /** The items whose stretch shares at least a boundary with {@code [from, to]}, in order of their start. */
    List<T> touching(int from, int to) {
        List<T> found = new ArrayList<>();
        for (Map.Entry<Integer, List<Entry<T>>> starting : byStart.subMap(from - longest, true, to, true).entrySet()) {
            for (Entry<T> entry : starting.getValue()) {
                if (entry.end() >= from) {
                    found.add(entry.item());
                }
            }
        }
        return found;
    }
}
