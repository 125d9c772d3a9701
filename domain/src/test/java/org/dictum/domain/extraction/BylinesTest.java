package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylinesTest {

    @Test
    void splits_a_byline_into_names_without_by_and_trailing_role() {
        assertThat(Bylines.names("By Jane Doe and John Roe")).containsExactly("Jane Doe", "John Roe");
        assertThat(Bylines.names("By Patrick Nathanson and agencies")).containsExactly("Patrick Nathanson", "agencies");
        assertThat(Bylines.names("By: Jane Doe - Staff Writer")).containsExactly("Jane Doe");
        assertThat(Bylines.names("Jane Doe, Reuters")).containsExactly("Jane Doe", "Reuters");
    }

    @Test
    void leaves_out_what_is_not_a_name() {
        assertThat(Bylines.names("https://example.com/authors/jane")).isEmpty();
        assertThat(Bylines.names("By Jane Doe, jane@example.com, 9 Jan 2022")).containsExactly("Jane Doe");
        assertThat(Bylines.names("")).isEmpty();
    }

    @Test
    void recognises_short_by_lines_only() {
        assertThat(Bylines.isByline("By Jane Doe")).isTrue();
        assertThat(Bylines.isByline("by the way, the minister said nothing")).isFalse();
        assertThat(Bylines.isByline("By " + "Very Long ".repeat(20))).isFalse();
    }
}
