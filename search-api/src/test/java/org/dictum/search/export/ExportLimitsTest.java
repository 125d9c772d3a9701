package org.dictum.search.export;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dictum.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class ExportLimitsTest {

    @Test
    void a_search_with_more_hits_than_the_maximum_is_refused_naming_both_numbers() {
        ExportLimits limits = limits(1000);

        assertThatCode(() -> limits.check(1000, ExportedRecords.STATEMENTS)).doesNotThrowAnyException();
        assertThatThrownBy(() -> limits.check(1001, ExportedRecords.STATEMENTS)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1001 statements").hasMessageContaining("at most 1000");
    }

    @Test
    void the_refusal_says_what_it_counted_in_words_for_each_kind_of_export() {
        ExportLimits limits = limits(10);

        assertThatThrownBy(() -> limits.check(11, ExportedRecords.ARTICLES))
                .hasMessageStartingWith("The search finds 11 articles; an export holds at most 10 ");
        assertThatThrownBy(() -> limits.check(12, ExportedRecords.STATEMENTS))
                .hasMessageStartingWith("The search finds 12 statements; an export holds at most 10 ");
        assertThatThrownBy(() -> limits.check(13, ExportedRecords.ARTICLES_OF_STATEMENTS))
                .hasMessageStartingWith("The statements the search finds belong to 13 articles; an export holds at most 10 ")
                .hasMessageNotContaining("statement-articles");
        assertThatThrownBy(() -> limits.checkStatementsRead(14))
                .hasMessageStartingWith("The search finds 14 statements, and an export of their articles reads at most 10 ");
        assertThatCode(() -> limits.checkStatementsRead(10)).doesNotThrowAnyException();
    }

    private static ExportLimits limits(long maxRows) {
        ExportLimits limits = new ExportLimits();
        limits.maxRows = maxRows;
        return limits;
    }
}
