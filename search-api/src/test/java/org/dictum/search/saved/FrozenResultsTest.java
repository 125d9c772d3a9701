package org.dictum.search.saved;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dictum.domain.account.Role;
import org.dictum.domain.account.UserAccount;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.curation.Librarian;
import org.dictum.domain.savedsearch.SavedSearch;
import org.dictum.domain.savedsearch.SavedSearchRepository;
import org.dictum.domain.savedsearch.SearchTarget;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.statement.StatementKind;
import org.dictum.domain.statement.TextSpan;
import org.junit.jupiter.api.Test;

/**
 * A page of a frozen search's recorded results: in recorded order with their ranks, records gone
 * since shown as deleted, and the page's records loaded together, not one by one.
 */
class FrozenResultsTest {

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
    private static final String TEXT = "Talks will resume. Nobody knows when.";

    private final StoredRecords stored = new StoredRecords();

    @Test
    void a_page_of_statements_keeps_recorded_order_and_ranks_and_loads_its_records_at_once() {
        Article article = withId(new Article("Original", ContentType.TEXT_PLAIN, TEXT, NOW), 1);
        Statement resume = withId(article.addStatement(StatementKind.REPORTED_SPEECH, new TextSpan(0, 18)), 11);
        Statement when = withId(article.addStatement(StatementKind.REPORTED_SPEECH, new TextSpan(19, 37)), 12);
        stored.statements.addAll(List.of(resume, when));
        String publicId = frozen(SearchTarget.STATEMENTS, List.of(99L, 12L, 40L, 11L, 50L));

        FrozenResults page = service().results(publicId, 2, 2);

        assertThat(page.results()).extracting(FrozenResult::rank).containsExactly(3, 4);
        assertThat(page.results()).extracting(FrozenResult::id).containsExactly(40L, 11L);
        assertThat(page.results()).extracting(FrozenResult::status).containsExactly(FrozenResult.DELETED, FrozenResult.AVAILABLE);
        assertThat(page.results().get(0).statement()).isNull();
        assertThat(page.results().get(1).statement().content()).isEqualTo("Talks will resume.");
        assertThat(page.results().get(1).statement().after()).isEqualTo("Nobody knows when.");
        assertThat(page.recorded()).isEqualTo(5);
        assertThat(stored.statementPages).as("one load per page, of the page's ids").containsExactly(List.of(40L, 11L));
    }

    @Test
    void a_page_of_articles_shows_withdrawn_ones_for_what_they_are_and_the_last_page_may_be_short() {
        Article kept = withId(new Article("Kept", ContentType.TEXT_PLAIN, TEXT, NOW), 1);
        Article withdrawn = withId(new Article("Withdrawn", ContentType.TEXT_PLAIN, TEXT, NOW), 2);
        withdrawn.withdraw(new Librarian("lib"), "Retracted by the publisher", NOW);
        stored.articles.addAll(List.of(kept, withdrawn));
        String publicId = frozen(SearchTarget.ARTICLES, List.of(2L, 3L, 1L));

        FrozenResults first = service().results(publicId, 1, 2);
        FrozenResults last = service().results(publicId, 2, 2);

        assertThat(first.results()).extracting(FrozenResult::status).containsExactly(FrozenResult.WITHDRAWN, FrozenResult.DELETED);
        assertThat(first.results().get(0).article().id()).isEqualTo(2L);
        assertThat(last.results()).extracting(FrozenResult::rank, FrozenResult::status)
                .containsExactly(tuple(3, FrozenResult.AVAILABLE));
        assertThat(stored.articlePages).containsExactly(List.of(2L, 3L), List.of(1L));
        assertThat(stored.statementPages).isEmpty();
        assertThat(service().results(publicId, 3, 2).results()).isEmpty();
    }

    private SavedSearches service() {
        SavedSearches service = new SavedSearches();
        service.saved = stored;
        service.maxPageSize = 100;
        return service;
    }

    private String frozen(SearchTarget target, List<Long> ids) {
        SavedSearch search = new SavedSearch(new UserAccount("ann", "hash", Role.RESEARCHER, NOW), "Talks", target, "q=talks", NOW);
        UUID publicId = UUID.randomUUID();
        search.freeze(publicId, NOW, ids, ids.size() + 10);
        stored.search = search;
        return publicId.toString();
    }

    /** Sets the id the store would assign. */
    private static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return entity;
    }

    /** One frozen search and the records that still exist; remembers which ids each load asked for. */
    private static final class StoredRecords implements SavedSearchRepository {

        SavedSearch search;
        final List<Statement> statements = new ArrayList<>();
        final List<Article> articles = new ArrayList<>();
        final List<List<Long>> statementPages = new ArrayList<>();
        final List<List<Long>> articlePages = new ArrayList<>();

        @Override
        public Optional<SavedSearch> findByPublicId(String publicId) {
            return search.getPublicId().filter(publicId::equals).map(id -> search);
        }

        @Override
        public List<Statement> statementsWithIds(Collection<Long> ids) {
            statementPages.add(List.copyOf(ids));
            return statements.stream().filter(s -> ids.contains(s.getId())).toList();
        }

        @Override
        public List<Article> articlesWithIds(Collection<Long> ids) {
            articlePages.add(List.copyOf(ids));
            return articles.stream().filter(a -> ids.contains(a.getId())).toList();
        }

        @Override
        public Optional<SavedSearch> findById(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<SavedSearch> ownedBy(UserAccount owner, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SavedSearch save(SavedSearch search) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void remove(SavedSearch search) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void flush() {
        }
    }
}
