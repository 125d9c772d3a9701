package org.dictum.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
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
                .publishedBy(new Source("Example", "example.org"), Instant.parse("2022-01-09T00:00:00Z"), "en");
    }

    @Test
    void correcting_metadata_replaces_every_correctable_field_and_keeps_byline_and_fixity() {
        Article article = archived();
        String fixity = article.getSha256();
        Source other = new Source("Other", null);

        article.correctMetadata(new ArticleMetadata(" Talks resume ", null, other, Instant.parse("2022-01-10T00:00:00Z"), ""));

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
