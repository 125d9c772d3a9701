package org.dictum.search.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldChangesTest {

    private static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    @Test
    void only_fields_whose_values_differ_are_changes_with_their_before_and_after() {
        var changes = FieldChanges.between(fields("title", "Old", "language", "en", "url", null),
                fields("title", "New", "language", "en", "url", "https://example.org"));

        assertThat(changes).containsExactly(
                new FieldChange("title", "Old", "New"),
                new FieldChange("url", null, "https://example.org"));
    }

    @Test
    void a_created_record_changes_every_field_it_has_from_nothing() {
        assertThat(FieldChanges.between(Map.of(), fields("title", "T", "url", null)))
                .containsExactly(new FieldChange("title", null, "T"));
    }

    @Test
    void a_deleted_record_changes_every_field_it_had_to_nothing() {
        assertThat(FieldChanges.between(fields("title", "T", "language", "en"), Map.of()))
                .containsExactly(new FieldChange("title", "T", null), new FieldChange("language", "en", null));
    }
}
