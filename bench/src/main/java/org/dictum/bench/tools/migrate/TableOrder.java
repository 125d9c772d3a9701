package org.dictum.bench.tools.migrate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The order in which tables can be filled without breaking a foreign key: every table after the
 * tables it references (a topological order of the reference graph, ties by name so that runs are
 * repeatable). A table referencing itself is fine (its rows are linked after they are copied);
 * a cycle through several tables is refused, as no insert order could satisfy it.
 */
final class TableOrder {

    private TableOrder() {
    }

    static List<Table> of(Collection<Table> tables) {
        Map<String, Table> byKey = new LinkedHashMap<>();
        tables.forEach(table -> byKey.put(table.key(), table));
        List<Table> ordered = new ArrayList<>();
        TreeSet<String> remaining = new TreeSet<>(byKey.keySet());
        while (!remaining.isEmpty()) {
            String next = remaining.stream()
                    .filter(key -> dependenciesOf(byKey.get(key), byKey).stream().noneMatch(remaining::contains))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "the foreign keys of these tables form a cycle, no insert order satisfies them: " + remaining));
            ordered.add(byKey.get(next));
            remaining.remove(next);
        }
        return ordered;
    }

    /** Referenced tables other than itself, among those being ordered (others exist already or not at all). */
    private static List<String> dependenciesOf(Table table, Map<String, Table> byKey) {
        return table.referencedTables().stream()
                .map(Table::key)
                .filter(key -> !key.equals(table.key()) && byKey.containsKey(key))
                .sorted(Comparator.naturalOrder())
                .toList();
    }
}
