package org.dictum.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.ArticleHeading;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.article.Source;
import org.dictum.domain.curation.Librarian;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The repository's own queries (an article's heading, the live articles among ids), against the migrated schema. */
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

    @Test
    void of_the_ids_asked_for_only_the_articles_not_withdrawn_are_read() {
        Article live = articles.save(new Article("Talks resume.", ContentType.TEXT_PLAIN, "Talks resume.", MONDAY));
        Article withdrawn = articles.save(new Article("Talks stall.", ContentType.TEXT_PLAIN, "Talks stall.", MONDAY));
        Article notAsked = articles.save(new Article("Talks end.", ContentType.TEXT_PLAIN, "Talks end.", MONDAY));
        withdrawn.withdraw(new Librarian("ana"), "Duplicate of a wire story", MONDAY.plusSeconds(60));
        em.flush();
        em.clear();

        List<Article> read = articles.notWithdrawnAmong(List.of(withdrawn.getId(), live.getId(), live.getId() + 1000));

        assertThat(read).extracting(Article::getId).containsExactly(live.getId());
        assertThat(articles.notWithdrawnAmong(List.of())).isEmpty();
    }
}
