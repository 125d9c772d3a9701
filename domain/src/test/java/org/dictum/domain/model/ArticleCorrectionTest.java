package org.dictum.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.dictum.domain.StaleVersionException;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.ArticleMetadata;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.article.Source;
import org.junit.jupiter.api.Test;

class ArticleCorrectionTest {

    private static Article archived() {
        return new Article("Talks will resume.", ContentType.TEXT_PLAIN, "Talks will resume.", Instant.EPOCH)
                .describedAs("Talks", "By A. Writer", "https://example.org/talks")
                .publishedBy(new Source("Example", "example.org"), OffsetDateTime.parse("2022-01-09T00:00:00Z"), "en");
    }

    @Test
    void correcting_metadata_replaces_every_correctable_field_and_keeps_byline_and_fixity() {
        Article article = archived();
        String fixity = article.getSha256();
        Source other = new Source("Other", null);

        article.correctMetadata(new ArticleMetadata(" Talks resume ", null, other, OffsetDateTime.parse("2022-01-10T00:00:00Z"), ""));

        assertThat(article.getTitle()).contains("Talks resume");
        assertThat(article.getUrl()).isEmpty();
        assertThat(article.getSource()).contains(other);
        assertThat(article.getPublishedAt()).contains(Instant.parse("2022-01-10T00:00:00Z"));
        assertThat(article.getLanguage()).isEmpty();
        assertThat(article.getByline()).contains("By A. Writer");
        assertThat(article.getSha256()).isEqualTo(fixity);
        assertThat(article.isIntact()).isTrue();
    }

    @Test
    void the_publication_day_is_the_day_at_the_offset_the_time_was_given_with() {
        Article article = archived();
        article.correctMetadata(new ArticleMetadata("Talks", null, null, OffsetDateTime.parse("2022-01-09T23:30:00-05:00"), "en"));

        assertThat(article.getPublishedAt()).contains(Instant.parse("2022-01-10T04:30:00Z"));
        assertThat(article.getPublicationTime()).contains(OffsetDateTime.parse("2022-01-09T23:30:00-05:00"));
        assertThat(article.getPublicationDay()).contains(LocalDate.of(2022, 1, 9));
        assertThat(article.metadata().publishedAt()).isEqualTo(OffsetDateTime.parse("2022-01-09T23:30:00-05:00"));
    }

    @Test
    void an_article_archived_before_offsets_were_kept_reads_as_utc_and_is_not_changed_by_the_same_time() throws Exception {
        Article article = archived();
        Field offset = Article.class.getDeclaredField("publishedOffsetSeconds");
        offset.setAccessible(true);
        offset.set(article, null);

        assertThat(article.getPublicationDay()).contains(LocalDate.of(2022, 1, 9));
        article.correctMetadata(new ArticleMetadata("New title", null, null, OffsetDateTime.parse("2022-01-09T00:00:00Z"), "en"));

        assertThat(offset.get(article)).as("left as it was: no change for the audit trail").isNull();
        assertThat(article.getPublishedAt()).contains(Instant.parse("2022-01-09T00:00:00Z"));
    }

    @Test
    void language_tags_are_kept_in_one_case_so_that_they_are_one_facet_value() {
        Article article = archived();

        article.correctMetadata(new ArticleMetadata("Talks", null, null, null, "EN"));
        assertThat(article.getLanguage()).contains("en");
        article.correctMetadata(new ArticleMetadata("Talks", null, null, null, "PT-br"));
        assertThat(article.getLanguage()).contains("pt-BR");
        article.correctMetadata(new ArticleMetadata("Talks", null, null, null, "zh-hant-tw"));
        assertThat(article.getLanguage()).contains("zh-Hant-TW");
    }

    @Test
    void metadata_reads_back_what_a_correction_would_keep_unchanged() {
        Article article = archived();
        ArticleMetadata before = article.metadata();

        article.correctMetadata(before);

        assertThat(article.metadata()).isEqualTo(before);
    }

    @Test
    void a_change_based_on_an_older_version_is_refused_naming_the_current_version() {
        assertThatCode(() -> StaleVersionException.requireCurrent("Article", 7L, 3, 3)).doesNotThrowAnyException();
        assertThatThrownBy(() -> StaleVersionException.requireCurrent("Article", 7L, 2, 3))
                .isInstanceOf(StaleVersionException.class)
                .hasMessageContaining("Article 7 is at version 3, not 2")
                .satisfies(e -> assertThat(((StaleVersionException) e).currentVersion()).isEqualTo(3));
    }
}
