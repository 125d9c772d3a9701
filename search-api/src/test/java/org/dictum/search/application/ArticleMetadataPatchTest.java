package org.dictum.search.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.article.ArticleMetadata;
import org.dictum.domain.article.Source;
import org.junit.jupiter.api.Test;

class ArticleMetadataPatchTest {

    private static final Source AP = new Source("AP", null);
    private static final ArticleMetadata CURRENT = new ArticleMetadata("Talks", "https://example.org/a", AP,
            OffsetDateTime.parse("2022-01-09T00:00:00Z"), "en");

    private static ArticleMetadataPatch patch(String json) {
        return ArticleMetadataPatch.parse(json);
    }

    @Test
    void present_members_replace_null_clears_and_absent_members_keep_the_current_value() {
        Source reuters = new Source("Reuters", null);

        ArticleMetadata patched = patch("{\"title\":\" Talks resume \",\"url\":null,\"source\":\"Reuters\","
                + "\"publishedAt\":\"2022-01-10\"}").applyTo(CURRENT, name -> reuters);

        assertThat(patched).isEqualTo(new ArticleMetadata("Talks resume", null, reuters,
                OffsetDateTime.parse("2022-01-10T00:00:00Z"), "en"));
    }

    @Test
    void a_publication_time_in_the_future_is_refused_as_on_submission() {
        // Within the dates the archive accepts at all, but more than the day ahead a publication time may be.
        OffsetDateTime inThreeDays = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).withNano(0);
        assertThatThrownBy(() -> patch("{\"publishedAt\":\"" + inThreeDays + "\"}").applyTo(CURRENT, name -> AP))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("publishedAt " + inThreeDays + " lies in the future");
    }

    @Test
    void a_publication_time_keeps_the_offset_it_was_given_with() {
        ArticleMetadata patched = patch("{\"publishedAt\":\"2022-01-08T23:30:00-05:00\"}").applyTo(CURRENT, name -> AP);

        assertThat(patched.publishedAt()).isEqualTo(OffsetDateTime.parse("2022-01-08T23:30:00-05:00"));
        assertThat(patched.publishedAt().toLocalDate()).hasToString("2022-01-08");
    }

    @Test
    void an_edited_address_or_language_must_be_what_a_submission_may_give() {
        for (String patch : new String[] {"{\"url\":\"javascript:alert(1)\"}", "{\"url\":\"not a url\"}",
                "{\"url\":\"ftp://example.org/a\"}"}) {
            assertThatThrownBy(() -> patch(patch).applyTo(CURRENT, name -> AP)).as(patch)
                    .isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("url");
        }
        assertThatThrownBy(() -> patch("{\"language\":\"klingon\"}").applyTo(CURRENT, name -> AP))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("language");
        assertThat(patch("{\"url\":\"https://example.org/b\",\"language\":\"pt-BR\"}").applyTo(CURRENT, name -> AP))
                .isEqualTo(new ArticleMetadata("Talks", "https://example.org/b", AP, CURRENT.publishedAt(), "pt-BR"));
        assertThat(patch("{\"url\":null,\"language\":null}").applyTo(CURRENT, name -> AP).url()).isNull();
    }

    @Test
    void version_and_reason_are_read_but_are_not_metadata() {
        ArticleMetadataPatch patch = patch("{\"version\":3,\"reason\":\" Typo \"}");

        assertThat(patch.version()).hasValue(3);
        assertThat(patch.reason()).contains("Typo");
        assertThat(patch.applyTo(CURRENT, name -> null)).isEqualTo(CURRENT);
    }

    @Test
    void unknown_members_wrong_types_overlong_values_and_bad_dates_are_refused_naming_the_field() {
        assertThatThrownBy(() -> patch("{\"byline\":\"X\"}")).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("byline");
        assertThatThrownBy(() -> patch("{\"title\":5}")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> patch("[1]")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> patch("{\"title\":")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> patch("")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> patch("{\"version\":\"3\"}")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> patch("{\"language\":\"" + "x".repeat(17) + "\"}")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> patch("{\"publishedAt\":\"yesterday\"}").applyTo(CURRENT, name -> null))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("publishedAt");
    }

    @Test
    void an_implausible_publication_date_is_refused_naming_it() {
        assertThatThrownBy(() -> patch("{\"publishedAt\":\"0001-01-01\"}").applyTo(CURRENT, name -> AP))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("publishedAt 0001-01-01 is outside the dates the archive accepts: 1600-01-01 to")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("publishedAt");
    }
}
