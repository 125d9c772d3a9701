package org.dictum.domain.article;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.ingest.ArticleSubmission;
import org.junit.jupiter.api.Test;

class MetadataRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T06:00:00Z");

    @Test
    void a_publication_time_more_than_a_day_ahead_is_refused_naming_the_field() {
        assertThatThrownBy(() -> MetadataRules.requirePublishedBy("publishedAt", OffsetDateTime.parse("2026-12-02T06:00:01Z"), NOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("publishedAt")
                .hasMessageContaining("at most a day after now");
    }

    @Test
    void a_publication_time_up_to_a_day_ahead_the_past_and_none_pass() {
        assertThatCode(() -> {
            MetadataRules.requirePublishedBy("publishedAt", OffsetDateTime.parse("2026-12-02T06:00:00Z"), NOW);
            MetadataRules.requirePublishedBy("publishedAt", OffsetDateTime.parse("2026-12-02T10:00:00+05:00"), NOW);
            MetadataRules.requirePublishedBy("publishedAt", OffsetDateTime.parse("1999-01-01T00:00:00Z"), NOW);
            MetadataRules.requirePublishedBy("publishedAt", null, NOW);
        }).doesNotThrowAnyException();
    }

    @Test
    void a_submission_published_in_2999_is_refused() {
        assertThatThrownBy(() -> new ArticleSubmission(null, null, null, OffsetDateTime.parse("2999-01-01T00:00:00Z"), null,
                "Words, she said.", null, List.of(), List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("publishedAt 2999-01-01T00:00Z lies in the future");
    }

    @Test
    void an_ill_formed_language_tag_is_refused_naming_the_field() {
        for (String tag : List.of("xx-invalid-lang", "en_US", "toolongtag", "e", "x-private", "i-klingon", "en-", "en--GB")) {
            assertThatThrownBy(() -> MetadataRules.requireLanguageTag("language", tag)).as(tag)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("language '" + tag + "' is not a language tag")
                    .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("language");
        }
    }

    @Test
    void well_formed_language_tags_pass_whether_or_not_their_language_is_registered() {
        assertThatCode(() -> {
            for (String tag : List.of("en", "EN-gb", "pt-BR", "zh-Hant-TW", "de-CH-1996", "sr-Latn", "en-US-x-twain", "haw",
                    "qaa", "xx", " en ")) {
                MetadataRules.requireLanguageTag("language", tag);
            }
            MetadataRules.requireLanguageTag("language", null);
            MetadataRules.requireLanguageTag("language", " ");
        }).doesNotThrowAnyException();
    }

    @Test
    void a_submission_in_an_ill_formed_language_is_refused() {
        assertThatThrownBy(() -> new ArticleSubmission(null, null, null, null, "xx-invalid-lang", "Words, she said.", null,
                List.of(), List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("language 'xx-invalid-lang' is not a language tag");
    }
}
