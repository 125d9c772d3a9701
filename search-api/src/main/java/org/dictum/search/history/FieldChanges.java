package org.dictum.search.history;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Compares two snapshots of a record's audited fields. */
final class FieldChanges {

    private FieldChanges() {
    }

    /**
     * The fields whose values differ, in the order of {@code after} then {@code before}. A created
     * record has an empty {@code before}, a deleted one an empty {@code after}.
     */
    static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String old = before.get(field);
            String now = after.get(field);
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(field, old, now));
            }
        }
        return List.copyOf(changes);
    }
}
