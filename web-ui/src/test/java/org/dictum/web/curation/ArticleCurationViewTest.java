package org.dictum.web.curation;

import static org.assertj.core.api.Assertions.assertThat;

import org.dictum.search.application.ReextractionSummary;
import org.junit.jupiter.api.Test;

class ArticleCurationViewTest {

    @Test
    void one_statement_and_one_finding_are_counted_in_the_singular() {
        assertThat(ArticleCurationView.reextracted(new ReextractionSummary(1, 1, 1, 1, null))).isEqualTo(
                "Extraction ran again: 1 statement replaced by 1; 1 curated kept; 1 finding left out because a curated"
                        + " statement holds its text.");
    }

    @Test
    void other_counts_are_in_the_plural() {
        assertThat(ArticleCurationView.reextracted(new ReextractionSummary(0, 2, 0, 3, null))).isEqualTo(
                "Extraction ran again: 0 statements replaced by 2; 0 curated kept; 3 findings left out because curated"
                        + " statements hold their text.");
    }
}
