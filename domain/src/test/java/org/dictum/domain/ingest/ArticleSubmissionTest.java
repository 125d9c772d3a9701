package org.dictum.domain.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dictum.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class ArticleSubmissionTest {

    @Test
    void text_holding_a_nul_character_is_refused_naming_the_field_as_imports_refuse_it() {
        assertThatThrownBy(() -> new ArticleSubmission(null, null, null, null, null, "Good\u0000harvest.", null, null, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("field 'text' is not text but binary content (it holds NUL bytes at character 5)")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("text");
    }

    @Test
    void html_that_is_binary_content_is_refused() {
        assertThatThrownBy(() -> new ArticleSubmission(null, null, null, null, null, null, "\u0001\u0002\u0003<p>x</p>", null, null))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("html");
    }

    @Test
    void a_nul_character_in_a_metadata_field_or_a_topic_is_refused_naming_the_field() {
        assertThatThrownBy(() -> new ArticleSubmission(null, "Bad\u0000title", null, null, null, "Good harvest.", null, null, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("field 'title' holds a NUL character (\\u0000), which cannot be stored")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("title");
        assertThatThrownBy(() -> new ArticleSubmission(null, null, null, null, null, "Good harvest.", null,
                List.of("Trade", "Far\u0000ming"), null))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("topics");
    }

    @Test
    void ordinary_text_with_line_breaks_and_tabs_is_accepted() {
        assertThat(new ArticleSubmission(null, "Harvest", null, null, null, "Good harvest,\r\n\tfarmers said.", null, null, null)
                .original()).isEqualTo("Good harvest,\r\n\tfarmers said.");
    }
}
