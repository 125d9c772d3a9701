package org.dictum.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.collection.Collection;
import org.dictum.domain.collection.CollectionRepository.MemberCounts;
import org.dictum.domain.collection.CollectionSlug;
import org.dictum.domain.collection.DeletedCollection;
import org.dictum.domain.collection.Visibility;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.statement.StatementKind;
import org.dictum.domain.statement.TextSpan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The collection repository's counting and visibility queries, on the migrated schema in H2. */
class JpaCollectionRepositoryTest {

    private static final String TEXT = "Talks will resume. Nobody knows when. Both sides agree.";
    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    @RegisterExtension
    final RolledBackH2 database = new RolledBackH2("collections");
    private EntityManager em;
    private final JpaCollectionRepository repository = new JpaCollectionRepository();

    @BeforeEach
    void repositoryOnTheDatabase() {
        em = database.em();
        repository.em = em;
    }

    @Test
    void counts_direct_members_and_belonging_statements_of_every_collection_counting_a_statement_once() {
        Article first = article("first");
        Article second = article("second");
        Collection both = collection("both", Visibility.PUBLIC, "ann");
        both.addArticles(List.of(first), NOW);
        // a member itself and through its article: it belongs once
        both.addStatements(List.of(first.getStatements().get(0), second.getStatements().get(1)), NOW);
        Collection statementsOnly = collection("statements-only", Visibility.PUBLIC, "ann");
        statementsOnly.addStatements(List.of(second.getStatements().get(2)), NOW);
        Collection empty = collection("empty", Visibility.PRIVATE, "bob");
        em.flush();
        em.clear();

        Map<Long, MemberCounts> counts = repository.countMembers(List.of(both, statementsOnly, empty));

        assertThat(counts).containsOnlyKeys(both.getId(), statementsOnly.getId(), empty.getId());
        assertThat(counts.get(both.getId())).isEqualTo(new MemberCounts(1, 2, 4));
        assertThat(counts.get(statementsOnly.getId())).isEqualTo(new MemberCounts(0, 1, 1));
        assertThat(counts.get(empty.getId())).isEqualTo(MemberCounts.NONE);
        assertThat(repository.countMembers(List.of())).isEmpty();
    }

    @Test
    void counting_members_takes_as_many_queries_for_many_collections_as_for_one() {
        Article article = article("only");
        List<Collection> listed = List.of(collection("a", Visibility.PUBLIC, "ann"), collection("b", Visibility.PUBLIC, "ann"),
                collection("c", Visibility.PRIVATE, "ann"), collection("d", Visibility.PUBLIC, "bob"));
        listed.forEach(collection -> collection.addArticles(List.of(article), NOW));
        em.flush();
        em.clear();

        long forOne = database.statementsPreparedBy(() -> repository.countMembers(listed.subList(0, 1)));
        long forFour = database.statementsPreparedBy(() -> repository.countMembers(listed));

        assertThat(forOne).as("direct members, belonging statements").isEqualTo(2);
        assertThat(forFour).isEqualTo(forOne);
    }

    @Test
    void a_reader_may_not_see_the_private_collections_of_others() {
        collection("open", Visibility.PUBLIC, "ann");
        collection("anns", Visibility.PRIVATE, "ann");
        collection("bobs", Visibility.PRIVATE, "bob");
        em.flush();

        assertThat(repository.privateSlugs()).containsExactlyInAnyOrder("anns", "bobs");
        assertThat(repository.privateSlugsNotOwnedBy("ann")).containsExactly("bobs");
        assertThat(repository.privateSlugsNotOwnedBy("carol")).containsExactlyInAnyOrder("anns", "bobs");
    }

    @Test
    void a_removed_collection_leaves_its_slug_reserved_with_who_could_see_it() {
        Collection hidden = collection("hidden-talks", Visibility.PRIVATE, "ann");
        collection("kept", Visibility.PUBLIC, "bob");
        em.flush();
        long id = hidden.getId();

        repository.remove(hidden, NOW.plusSeconds(60));
        em.flush();
        em.clear();

        assertThat(repository.findBySlug(new CollectionSlug("hidden-talks"))).isEmpty();
        DeletedCollection deleted = repository.findDeleted(new CollectionSlug("hidden-talks")).orElseThrow();
        assertThat(deleted.getCollectionId()).isEqualTo(id);
        assertThat(deleted.getTitle()).isEqualTo("Collection hidden-talks");
        assertThat(deleted.getVisibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(deleted.getOwner()).isEqualTo("ann");
        assertThat(deleted.getDeletedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(repository.findDeleted(new CollectionSlug("kept"))).isEmpty();
        assertThat(repository.findAll()).extracting(c -> c.getSlug().value()).containsExactly("kept");
    }

    /** An article with three statements, one per sentence; each is a different original (the fixity is unique). */
    private Article article(String original) {
        Article article = new Article(original, ContentType.TEXT_PLAIN, TEXT, NOW);
        article.addStatement(StatementKind.REPORTED_SPEECH, new TextSpan(0, 18));
        article.addStatement(StatementKind.REPORTED_SPEECH, new TextSpan(19, 37));
        article.addStatement(StatementKind.REPORTED_SPEECH, new TextSpan(38, 55));
        em.persist(article);
        return article;
    }

    private Collection collection(String slug, Visibility visibility, String owner) {
        return repository.save(new Collection(new CollectionSlug(slug), "Collection " + slug, null, visibility, owner, NOW));
    }
}
