package org.dictum.domain.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.statement.StatementKind;
import org.dictum.domain.statement.TextSpan;
import org.junit.jupiter.api.Test;

class CollectionTest {

    private static final Instant CREATED = Instant.parse("2024-03-01T10:00:00Z");
    private static final Instant LATER = Instant.parse("2024-03-02T10:00:00Z");

    private static Collection talks(Visibility visibility) {
        return new Collection(new CollectionSlug("talks"), "  Talks  ", " About talks ", visibility, "lib", CREATED);
    }

    private static Article article(String text) {
        return new Article(text, ContentType.TEXT_PLAIN, text, Instant.EPOCH);
    }

    @Test
    void a_new_collection_keeps_its_stripped_title_description_owner_and_creation_time() {
        Collection collection = talks(Visibility.PRIVATE);

        assertThat(collection.getSlug().value()).isEqualTo("talks");
        assertThat(collection.getTitle()).isEqualTo("Talks");
        assertThat(collection.getDescription()).contains("About talks");
        assertThat(collection.getOwner()).isEqualTo("lib");
        assertThat(collection.getCreatedAt()).isEqualTo(CREATED);
        assertThat(collection.getUpdatedAt()).isEqualTo(CREATED);
        assertThat(collection.isPublic()).isFalse();
    }

    @Test
    void title_is_required_and_bounded_and_description_is_bounded() {
        assertThatThrownBy(() -> talks(Visibility.PUBLIC).describe(" ", null, LATER))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("title");
        assertThatThrownBy(() -> talks(Visibility.PUBLIC).describe("x".repeat(Collection.MAX_TITLE_LENGTH + 1), null, LATER))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("title");
        assertThatThrownBy(() -> talks(Visibility.PUBLIC).describe("T", "d".repeat(Collection.MAX_DESCRIPTION_LENGTH + 1), LATER))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("description");
        assertThatThrownBy(() -> new Collection(new CollectionSlug("a"), "A", null, null, "lib", CREATED))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("visibility");
        assertThatThrownBy(() -> new Collection(new CollectionSlug("a"), "A", null, Visibility.PUBLIC, " ", CREATED))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("owner");
    }

    @Test
    void a_failed_description_changes_nothing() {
        Collection collection = talks(Visibility.PUBLIC);

        assertThatThrownBy(() -> collection.describe("New", "d".repeat(Collection.MAX_DESCRIPTION_LENGTH + 1), LATER))
                .isInstanceOf(InvalidInputException.class);

        assertThat(collection.getTitle()).isEqualTo("Talks");
        assertThat(collection.getUpdatedAt()).isEqualTo(CREATED);
    }

    @Test
    void describing_clears_a_blank_description_and_marks_the_update() {
        Collection collection = talks(Visibility.PUBLIC);

        collection.describe("Peace talks", "  ", LATER);

        assertThat(collection.getTitle()).isEqualTo("Peace talks");
        assertThat(collection.getDescription()).isEmpty();
        assertThat(collection.getUpdatedAt()).isEqualTo(LATER);
    }

    @Test
    void adding_answers_only_new_members_and_removing_only_former_ones() {
        Collection collection = talks(Visibility.PUBLIC);
        Article one = article("One said yes.");
        Article two = article("Two said no.");

        assertThat(collection.addArticles(List.of(one, two), LATER)).containsExactly(one, two);
        assertThat(collection.addArticles(List.of(one), LATER)).isEmpty();
        assertThat(collection.removeArticles(List.of(two, two), LATER)).containsExactly(two);
        assertThat(collection.removeArticles(List.of(two), LATER)).isEmpty();

        assertThat(collection.getArticles()).containsExactly(one);
        assertThat(collection.getUpdatedAt()).isEqualTo(LATER);
    }

    @Test
    void a_change_that_adds_nothing_leaves_the_update_time() {
        Collection collection = talks(Visibility.PUBLIC);

        collection.removeStatements(List.of(article("Text here.").addStatement(StatementKind.DIRECT_QUOTE, new TextSpan(0, 4))),
                LATER);
        collection.makePublic(LATER);

        assertThat(collection.getUpdatedAt()).isEqualTo(CREATED);
    }

    @Test
    void a_statement_belongs_when_it_is_a_member_or_its_article_is() {
        Collection collection = talks(Visibility.PUBLIC);
        Article article = article("He said it. She said that.");
        Statement first = article.addStatement(StatementKind.REPORTED_SPEECH, new TextSpan(0, 11));
        Statement second = article.addStatement(StatementKind.REPORTED_SPEECH, new TextSpan(12, 26));
        Statement elsewhere = article("Other text.").addStatement(StatementKind.REPORTED_SPEECH, new TextSpan(0, 5));

        collection.addStatements(List.of(elsewhere), LATER);
        assertThat(collection.contains(first)).isFalse();
        assertThat(collection.contains(elsewhere)).isTrue();

        collection.addArticles(List.of(article), LATER);
        assertThat(collection.contains(first)).isTrue();
        assertThat(collection.contains(second)).isTrue();
        assertThat(collection.contains(article)).isTrue();
    }

    @Test
    void a_private_collection_is_seen_by_its_owner_and_librarians_only() {
        Collection collection = talks(Visibility.PRIVATE);

        assertThat(collection.isVisibleTo(null, false)).isFalse();
        assertThat(collection.isVisibleTo("researcher", false)).isFalse();
        assertThat(collection.isVisibleTo("lib", false)).isTrue();
        assertThat(collection.isVisibleTo("other-librarian", true)).isTrue();

        collection.makePublic(LATER);
        assertThat(collection.isVisibleTo(null, false)).isTrue();
        assertThat(collection.getUpdatedAt()).isEqualTo(LATER);
    }

    @Test
    void slugs_are_url_safe_and_derived_from_titles() {
        assertThat(CollectionSlug.fromTitle("Ukraine & Russia: Talks 2022!").value()).isEqualTo("ukraine-and-russia-talks-2022");
        assertThat(CollectionSlug.fromTitle("Über Äpfel").value()).isEqualTo("uber-apfel");
        assertThat(CollectionSlug.fromTitle("???").value()).isEqualTo("collection");
        assertThat(CollectionSlug.fromTitle("a".repeat(150)).value()).hasSize(CollectionSlug.MAX_LENGTH);
        assertThat(new CollectionSlug("talks").withSuffix(2).value()).isEqualTo("talks-2");
        assertThatThrownBy(() -> new CollectionSlug("Bad Slug")).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("slug");
        assertThatThrownBy(() -> new CollectionSlug("a--b")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new CollectionSlug("-a")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void visibility_labels_read_both_ways() {
        assertThat(Visibility.byLabel(" Private ")).contains(Visibility.PRIVATE);
        assertThat(Visibility.PUBLIC.label()).isEqualTo("public");
        assertThat(Visibility.byLabel("secret")).isEmpty();
    }
}
