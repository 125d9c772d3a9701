package org.dictum.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.ArticleHeading;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.article.Source;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An article's heading is read by a query of its own, against the migrated schema. */
class JpaArticleRepositoryTest {

    private static final Instant MONDAY = Instant.parse("2022-01-10T08:00:00Z");

    @RegisterExtension
    final RolledBackH2 database = new RolledBackH2("articles");
    private EntityManager em;
    private final JpaArticleRepository articles = new JpaArticleRepository();

    @BeforeEach
    void repositoryOnTheDatabase() {
        em = database.em();
        articles.em = em;
    }

    @Test
    void the_heading_names_title_source_and_publication_time() {
        Source wire = new Source("Wire Service", "wire.example");
        em.persist(wire);
        Article article = articles.save(new Article("<p>Talks resume.</p>", ContentType.TEXT_HTML, "Talks resume.", MONDAY)
                .describedAs("Talks resume", null, null).publishedBy(wire, MONDAY.minusSeconds(3600).atOffset(ZoneOffset.UTC), "en"));
        em.flush();
        em.clear();

        assertThat(articles.headingOf(article.getId())).contains(new ArticleHeading(article.getId(),
                Optional.of("Talks resume"), Optional.of("Wire Service"), Optional.of(MONDAY.minusSeconds(3600))));
    }

    @Test
    void an_article_without_title_or_source_has_an_empty_heading_and_an_unknown_id_none() {
        Article article = articles.save(new Article("Talks resume.", ContentType.TEXT_PLAIN, "Talks resume.", MONDAY));
        em.flush();
        em.clear();

        assertThat(articles.headingOf(article.getId())).contains(new ArticleHeading(article.getId(),
                Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(articles.headingOf(article.getId() + 1000)).isEmpty();
    }
}
