package org.dictum.search.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.dictum.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class ArticleJsonTest {

    private static ArticleJson publishedAt(String publishedAt) {
        return new ArticleJson(null, "Talks", null, publishedAt, "en", "The minister said talks would resume.", null, null, null);
    }

    @Test
    void a_submission_keeps_a_plausible_publication_time_and_refuses_an_implausible_one_naming_it() {
        assertThat(publishedAt("1987-02-26T15:01:01Z").toSubmission().publishedAt())
                .isEqualTo(OffsetDateTime.parse("1987-02-26T15:01:01Z"));
        assertThatThrownBy(() -> publishedAt("0001-01-01").toSubmission())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("outside the dates the archive accepts")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("publishedAt");
    }
}
