package org.dictum.search.export;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dictum.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class ExportLimitsTest {

    @Test
    void a_search_with_more_hits_than_the_maximum_is_refused_naming_both_numbers() {
        ExportLimits limits = new ExportLimits();
        limits.maxRows = 1000;

        assertThatCode(() -> limits.check(1000, "statements")).doesNotThrowAnyException();
        assertThatThrownBy(() -> limits.check(1001, "statements")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1001 statements").hasMessageContaining("at most 1000");
    }
}
