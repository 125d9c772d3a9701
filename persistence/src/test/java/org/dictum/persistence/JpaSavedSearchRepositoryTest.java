package org.dictum.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.actor.ActorType;
import org.dictum.domain.actor.ExternalIdentifier;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.article.Source;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.statement.StatementKind;
import org.dictum.domain.statement.TextSpan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The records one page of a frozen search shows, loaded with what the page reads of them in one
 * statement (Hibernate's statistics count them), on the migrated schema in H2.
 */
class JpaSavedSearchRepositoryTest {

    private static final String TEXT = "Talks will resume. Nobody knows when.";
    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    @RegisterExtension
    final RolledBackH2 database = new RolledBackH2("saved");
    private EntityManager em;
    private final JpaSavedSearchRepository repository = new JpaSavedSearchRepository();
    private Source source;
    private Actor speaker;

    @BeforeEach
    void repositoryOnTheDatabase() {
        em = database.em();
        repository.em = em;
        source = new Source("Herald", null);
        speaker = new Actor("Jane Doe", ActorType.PERSON);
        speaker.addAlias("J. Doe");
        speaker.addAlias("Doe");
        speaker.addIdentifier(ExternalIdentifier.of("wikidata", "Q42", "identifiers"));
        em.persist(source);
        em.persist(speaker);
    }

    @Test
    void a_page_of_statements_comes_with_articles_sources_and_speakers_in_one_statement() {
        List<Long> ids = articles(40).stream().flatMap(a -> a.getStatements().stream()).map(Statement::getId).toList();
        em.flush();
        em.clear();
        List<Long> page = List.of(ids.get(79), ids.get(3), Long.MAX_VALUE, ids.get(40));

        List<Statement> found = new ArrayList<>();
        long prepared = database.statementsPreparedBy(() -> {
            found.addAll(repository.statementsWithIds(page));
            found.forEach(s -> assertThat(s.getArticle().getMainText() + s.getArticle().getSource().orElseThrow().getName()
                    + s.getSpeaker().orElseThrow().getCanonicalName()).isNotBlank());
            assertThat(found.get(0).getSpeaker().orElseThrow().getAliases()).containsExactlyInAnyOrder("Doe", "J. Doe");
            assertThat(found.get(0).getSpeaker().orElseThrow().getIdentifiers()).hasSize(1);
        });

        assertThat(found).extracting(Statement::getId).containsExactlyInAnyOrder(ids.get(79), ids.get(3), ids.get(40));
        assertThat(prepared).isEqualTo(1);
        assertThat(repository.statementsWithIds(List.of())).isEmpty();
    }

    @Test
    void a_page_of_articles_comes_with_sources_and_statements_in_one_statement() {
        List<Long> ids = articles(40).stream().map(Article::getId).toList();
        em.flush();
        em.clear();
        List<Long> page = List.of(ids.get(39), ids.get(0), Long.MAX_VALUE, ids.get(17));

        List<Article> found = new ArrayList<>();
        long prepared = database.statementsPreparedBy(() -> {
            found.addAll(repository.articlesWithIds(page));
            found.forEach(a -> assertThat(a.getStatements()).hasSize(2));
            found.forEach(a -> assertThat(a.getSource().orElseThrow().getName()).isEqualTo("Herald"));
        });

        assertThat(found).extracting(Article::getId).containsExactlyInAnyOrder(ids.get(39), ids.get(0), ids.get(17));
        assertThat(prepared).isEqualTo(1);
        assertThat(repository.articlesWithIds(List.of())).isEmpty();
    }

    /** Articles of two statements each, by the same speaker; more than one batch of lazy loading. */
    private List<Article> articles(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(n -> {
            Article article = new Article("Original " + n, ContentType.TEXT_PLAIN, TEXT, NOW).publishedBy(source, NOW.atOffset(ZoneOffset.UTC), "en");
            article.addStatement(StatementKind.REPORTED_SPEECH, new TextSpan(0, 18)).attributedTo("Doe", speaker, "said");
            article.addStatement(StatementKind.REPORTED_SPEECH, new TextSpan(19, 37)).attributedTo("Doe", speaker, "said");
            em.persist(article);
            return article;
        }).toList();
    }
}
