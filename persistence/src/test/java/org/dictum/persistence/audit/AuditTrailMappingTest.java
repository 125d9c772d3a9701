package org.dictum.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.actor.ActorType;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.ArticleMetadata;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.article.Source;
import org.dictum.domain.collection.Collection;
import org.dictum.domain.collection.CollectionSlug;
import org.dictum.domain.collection.Visibility;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.statement.StatementKind;
import org.dictum.domain.statement.TextSpan;
import org.dictum.domain.topic.Topic;
import org.dictum.persistence.LocalTransactions;
import org.dictum.persistence.migration.ValidatedH2;
import org.hibernate.SessionFactory;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audited aggregates and the revision entity against the audit tables of migration V5
 * (Hibernate validates every column), and what Envers writes into them, on an in-memory H2.
 */
class AuditTrailMappingTest {

    private SessionFactory sessions;

    @BeforeEach
    void migratedDatabase() {
        String url = "jdbc:h2:mem:audit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        sessions = ValidatedH2.sessions(url);
    }

    @AfterEach
    void close() {
        sessions.close();
    }

    @Test
    void creating_and_correcting_an_article_writes_two_revisions_with_before_and_after() {
        long id = inTransaction(em -> {
            Topic talks = new Topic("Talks");
            Actor russia = new Actor("Russia", ActorType.COUNTRY);
            em.persist(talks);
            em.persist(russia);
            Source ap = new Source("AP", null);
            em.persist(ap);
            Article article = new Article("Talks will resume, he said.", ContentType.TEXT_PLAIN,
                    "Talks will resume, he said.", Instant.EPOCH)
                    .describedAs("Old title", null, null)
                    .publishedBy(ap, null, "en")
                    .about(List.of(talks))
                    .naming(List.of(russia));
            Statement statement = article.addStatement(StatementKind.REPORTED_SPEECH, new TextSpan(0, 17));
            statement.about(List.of(talks)).mentioning(List.of(russia));
            em.persist(article);
            return article.getId();
        });
        inTransaction(em -> {
            Article article = em.find(Article.class, id);
            ArticleMetadata now = article.metadata();
            article.correctMetadata(new ArticleMetadata("New title", now.url(), now.source(), now.publishedAt(), now.language()));
            return null;
        });

        inTransaction(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> revisions = AuditReaderFactory.get(em).createQuery()
                    .forRevisionsOfEntity(Article.class, false, true)
                    .add(AuditEntity.id().eq(id))
                    .addOrder(AuditEntity.revisionNumber().asc())
                    .getResultList();
            assertThat(revisions).hasSize(2);
            assertThat(revisions.get(0)[2]).isEqualTo(RevisionType.ADD);
            assertThat(((Article) revisions.get(0)[0]).getTitle()).contains("Old title");
            assertThat(((Article) revisions.get(0)[0]).getTopics()).extracting(Topic::getLabel).containsExactly("Talks");
            assertThat(revisions.get(1)[2]).isEqualTo(RevisionType.MOD);
            assertThat(((Article) revisions.get(1)[0]).getTitle()).contains("New title");
            AuditRevision second = (AuditRevision) revisions.get(1)[1];
            assertThat(second.getUserName()).isEqualTo(Attribution.SYSTEM);
            assertThat(second.getReason()).isEmpty();
            assertThat(second.getId()).isGreaterThan(((AuditRevision) revisions.get(0)[1]).getId());
            return null;
        });
    }

    @Test
    void collection_membership_is_audited_and_a_deleted_statement_leaves_its_collections() {
        long[] ids = inTransaction(em -> {
            Article article = new Article("He said yes.", ContentType.TEXT_PLAIN, "He said yes.", Instant.EPOCH);
            Statement statement = article.addStatement(StatementKind.REPORTED_SPEECH, new TextSpan(0, 12));
            em.persist(article);
            Collection collection = new Collection(new CollectionSlug("talks"), "Talks", null, Visibility.PRIVATE, "lib",
                    Instant.EPOCH);
            collection.addStatements(List.of(statement), Instant.EPOCH);
            em.persist(collection);
            return new long[] {collection.getId(), article.getId(), statement.getId()};
        });
        inTransaction(em -> {
            Collection collection = em.find(Collection.class, ids[0]);
            collection.addArticles(List.of(em.find(Article.class, ids[1])), Instant.EPOCH.plusSeconds(1));
            return null;
        });
        inTransaction(em -> em.createNativeQuery("delete from statement where id = " + ids[2]).executeUpdate());

        inTransaction(em -> {
            Collection collection = em.find(Collection.class, ids[0]);
            assertThat(collection.getStatements()).isEmpty();
            assertThat(collection.getArticles()).extracting(Article::getId).containsExactly(ids[1]);
            assertThat(em.find(Article.class, ids[1]).getCollections()).extracting(Collection::getId).containsExactly(ids[0]);
            var reader = AuditReaderFactory.get(em);
            List<Number> revisions = reader.getRevisions(Collection.class, ids[0]);
            assertThat(revisions).hasSize(2);
            Collection first = reader.find(Collection.class, ids[0], revisions.get(0));
            Collection second = reader.find(Collection.class, ids[0], revisions.get(1));
            assertThat(first.getStatements()).extracting(Statement::getId).containsExactly(ids[2]);
            assertThat(first.getArticles()).isEmpty();
            assertThat(second.getArticles()).extracting(Article::getId).containsExactly(ids[1]);
            return null;
        });
    }

    private <T> T inTransaction(java.util.function.Function<EntityManager, T> work) {
        return LocalTransactions.inTransaction(sessions, work);
    }
}
