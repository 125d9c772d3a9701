package org.dictum.search.imports.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dictum.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class FieldMappingTest {

    @Test
    void a_mapping_longer_than_an_import_keeps_is_refused_as_invalid_input_of_the_mapping() {
        String kept = "title=" + "h".repeat(2000 - "title=".length());
        assertThat(FieldMapping.parse(kept).columnOf("title")).hasSize(1994);

        assertThatThrownBy(() -> FieldMapping.parse(kept + "x"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("mapping is 2001 characters long, more than the 2000 an import keeps: name the column of each"
                        + " field once, as in title=headline,text=body")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("mapping");
    }

    @Test
    void a_mapping_naming_a_field_twice_is_refused_rather_than_the_later_column_winning_unseen() {
        assertThatThrownBy(() -> FieldMapping.parse("text=body, title=headline, text=content"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("mapping names the field 'text' twice (text=body and text=content): name the one column it is"
                        + " read from")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("mapping");
        assertThat(FieldMapping.parse("text=body,html=body").columnsRead()).as("one column may feed two fields").contains("body");
    }
}
