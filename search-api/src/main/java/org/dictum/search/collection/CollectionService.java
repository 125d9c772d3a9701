package org.dictum.search.collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dictum.domain.ConflictException;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.StaleVersionException;
import org.dictum.domain.UnknownEntityException;
import org.dictum.domain.article.Article;
import org.dictum.domain.authority.AuthorityRecords;
import org.dictum.domain.collection.Collection;
import org.dictum.domain.collection.CollectionRepository;
import org.dictum.domain.collection.CollectionRepository.MemberCounts;
import org.dictum.domain.collection.CollectionSlug;
import org.dictum.domain.collection.Visibility;
import org.dictum.domain.statement.Statement;
import org.dictum.persistence.audit.CurrentUser;
import org.dictum.search.authority.SearchReindexing;
import org.dictum.search.history.AuditedRecord;
import org.dictum.search.history.RecordHistory;
import org.dictum.search.history.RevisionPage;
import org.dictum.search.query.ArticleSearch;
import org.dictum.search.query.SearchLimits;
import org.dictum.search.query.SearchRequest;
import org.dictum.search.query.StatementSearch;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Collections as librarians curate them: create, describe, publish or hide, delete, add and remove
 * members (by id or every hit of a search). Every membership change reindexes the affected articles
 * and statements in the same transaction, so that search and its collection facet show it at once.
 * Reads answer only what the caller may see ({@link CollectionAccess}).
 */
@ApplicationScoped
public class CollectionService {

    @Inject
    CollectionRepository collections;

    @Inject
    CollectionAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    SearchReindexing reindexing;

    @Inject
    ArticleSearch articleSearch;

    @Inject
    StatementSearch statementSearch;

    @Inject
    Clock clock;

    @Inject
    SearchLimits limits;

    @Inject
    RecordHistory records;

    @Inject
    AuthorityRecords articleRecords;

    @Inject
    @ConfigProperty(name = "dictum.collections.max-search-members", defaultValue = "10000")
    int maxSearchMembers;

    /** The collections the caller may see, by title, counted together: the same few queries for any number. */
    @Transactional
    public List<CollectionSummary> list() {
        Reader reader = access.reader();
        List<Collection> visible = collections.findAll().stream()
                .filter(collection -> CollectionAccess.visibleTo(collection, reader))
                .toList();
        Map<Long, MemberCounts> counts = collections.countMembers(visible);
        return visible.stream()
                .map(collection -> CollectionSummary.of(collection, counts.get(collection.getId())))
                .toList();
    }

    @Transactional
    public CollectionSummary get(String slug) {
        return summary(access.visible(slug, access.reader()));
    }

    /** One page of the member ids: articles, then statements, each ascending; bounded as the search's lists are. */
    @Transactional
    public CollectionMembers members(String slug, int offset, int limit) {
        Collection collection = access.visible(slug, access.reader());
        limits.checkWindow(offset, limit);
        MemberCounts counts = collections.countMembers(List.of(collection)).get(collection.getId());
        MemberWindow window = new MemberWindow(counts.articles(), offset, limit);
        List<Long> articles = window.articleLimit() == 0 ? List.of()
                : collections.memberArticleIds(collection, window.articleOffset(), window.articleLimit());
        List<Long> statements = window.statementLimit() == 0 ? List.of()
                : collections.memberStatementIds(collection, window.statementOffset(), window.statementLimit());
        return new CollectionMembers(collection.getSlug().value(), counts.articles() + counts.statements(), offset, limit,
                articles, statements);
    }

    /** The collection with its first {@code max} member articles and statements, for its page. */
    @Transactional
    public CollectionContents contents(String slug, int max) {
        Collection collection = access.visible(slug, access.reader());
        List<CollectionContents.MemberArticle> articles = collection.getArticles().stream()
                .sorted(Comparator.comparing(Article::getId)).limit(max)
                .map(a -> new CollectionContents.MemberArticle(a.getId(), a.getTitle().orElse("(untitled article)")))
                .toList();
        List<CollectionContents.MemberStatement> statements = collection.getStatements().stream()
                .sorted(Comparator.comparing(Statement::getId)).limit(max)
                .map(s -> new CollectionContents.MemberStatement(s.getId(), s.getArticle().getId(), s.getContent()))
                .toList();
        return new CollectionContents(summary(collection), articles, statements);
    }

    /**
     * A new, empty collection owned by the caller. Without a slug one is made from the title (with a
     * number when taken, now or by a deleted collection); a slug that is given must be free: neither
     * another collection's nor a deleted collection's, which stays reserved (409 otherwise).
     */
    @Transactional
    public CollectionSummary create(String slug, String title, String description, String visibility) {
        String owner = currentUser.name().orElseThrow(() -> new IllegalStateException("Creating a collection needs a login"));
        CollectionSlug chosen;
        if (slug == null || slug.isBlank()) {
            chosen = freeSlug(CollectionSlug.fromTitle(title));
        } else {
            chosen = new CollectionSlug(slug.strip());
            if (collections.findBySlug(chosen).isPresent()) {
                throw new ConflictException("The slug '" + chosen + "' is taken by another collection");
            }
            // After the live collections: a deletion committed meanwhile shows here.
            collections.findDeleted(chosen).ifPresent(deleted -> {
                throw deleted.refuseReuse();
            });
        }
        Collection collection = new Collection(chosen, title, description, visibilityOf(visibility, Visibility.PRIVATE),
                owner, clock.instant());
        return summary(collections.save(collection));
    }

    /** Applies the given fields (null: unchanged; an empty description clears it) to the version read. */
    @Transactional
    public CollectionSummary update(String slug, long readVersion, CollectionEdit edit) {
        Collection collection = current(slug, readVersion);
        if (edit.title() != null || edit.description() != null) {
            String description = edit.description() == null ? collection.getDescription().orElse(null) : edit.description();
            collection.describe(edit.title() == null ? collection.getTitle() : edit.title(), description, clock.instant());
        }
        if (edit.visibility() != null) {
            boolean wasPublic = collection.isPublic();
            collection.changeVisibility(visibilityOf(edit.visibility(), null), clock.instant());
            if (collection.isPublic() != wasPublic) {
                // The collection's OAI-PMH set appears or disappears: every member's header changes.
                articleRecords.markRecordsChanged(collections.memberArticleIds(collection));
            }
        }
        return summary(collection);
    }

    /**
     * Deletes the collection; its members stay in the archive and leave its facet value at once. Its
     * slug stays reserved: it is never given to another collection and answers that this one is gone.
     */
    @Transactional
    public void delete(String slug, Long readVersion) {
        Collection collection = current(slug, readVersion);
        List<Article> articles = List.copyOf(collection.getArticles());
        List<Statement> statements = List.copyOf(collection.getStatements());
        boolean wasPublic = collection.isPublic();
        collection.removeArticles(articles, clock.instant());
        collection.removeStatements(statements, clock.instant());
        collections.remove(collection, clock.instant());
        if (wasPublic) {
            articleRecords.markRecordsChanged(ids(articles, Article::getId));
        }
        reindex(articles, statements);
    }

    @Transactional
    public MembershipChange addMembers(String slug, Long readVersion, List<Long> articleIds, List<Long> statementIds) {
        requireSome(articleIds, statementIds);
        return add(current(slug, readVersion), articleIds, statementIds);
    }

    @Transactional
    public MembershipChange removeMembers(String slug, Long readVersion, List<Long> articleIds, List<Long> statementIds) {
        requireSome(articleIds, statementIds);
        return remove(current(slug, readVersion), articleIds, statementIds);
    }

    /**
     * Adds every hit of a search (articles or statements, under the caller's view of the archive);
     * a search with more hits than {@code dictum.collections.max-search-members} is refused, one
     * without hits changes nothing.
     */
    @Transactional
    public MembershipChange addSearchHits(String slug, Long readVersion, SearchRequest search, MemberKind kind) {
        Collection collection = current(slug, readVersion);
        List<Long> ids = kind == MemberKind.ARTICLES
                ? articleSearch.matchingIds(search, maxSearchMembers + 1)
                : statementSearch.matchingIds(search, maxSearchMembers + 1);
        if (ids.size() > maxSearchMembers) {
            throw new InvalidInputException("q", "The search has more than " + maxSearchMembers
                    + " hits; narrow it down to add its hits to a collection");
        }
        return kind == MemberKind.ARTICLES ? add(collection, ids, List.of()) : add(collection, List.of(), ids);
    }

    /**
     * The revisions of a collection, newest first, for those who may see it; a deleted collection's
     * history (found by its last slug) only for librarians, as nobody else could tell whether it was private.
     */
    @Transactional
    public RevisionPage history(String slug, int offset, int limit) {
        Reader reader = access.reader();
        Optional<Collection> live = CollectionSlug.isValid(slug) ? collections.findBySlug(new CollectionSlug(slug)) : Optional.empty();
        Optional<Long> id = live.isPresent() ? live.filter(c -> CollectionAccess.visibleTo(c, reader)).map(Collection::getId)
                : Optional.of(reader).filter(Reader::librarian)
                        .flatMap(r -> records.idOfDeleted(AuditedRecord.COLLECTION, "slug", slug));
        return records.page(AuditedRecord.COLLECTION, id.orElseThrow(() -> new UnknownEntityException(CollectionAccess.ENTITY, slug)),
                offset, limit);
    }

    /** A page of the revisions by the collection's database id, as the portal's history page names records. */
    @Transactional
    public RevisionPage historyById(long id, int offset, int limit) {
        Reader reader = access.reader();
        Optional<Collection> live = collections.findById(id);
        boolean visible = live.map(c -> CollectionAccess.visibleTo(c, reader)).orElse(reader.librarian());
        if (!visible) {
            throw new UnknownEntityException(CollectionAccess.ENTITY, id);
        }
        return records.page(AuditedRecord.COLLECTION, id, offset, limit);
    }

    /** The slug of collection {@code id} when it exists and the caller may see it: its page and API name it by slug. */
    @Transactional
    public Optional<String> slugOf(long id) {
        Reader reader = access.reader();
        return collections.findById(id).filter(c -> CollectionAccess.visibleTo(c, reader)).map(c -> c.getSlug().value());
    }

    /** The collection as the caller sees it, at the version they read (null: whatever is current). */
    private Collection current(String slug, Long readVersion) {
        Collection collection = access.visible(slug, access.reader());
        if (readVersion != null) {
            StaleVersionException.requireCurrent(CollectionAccess.ENTITY, slug, readVersion, collection.getVersion());
        }
        return collection;
    }

    private CollectionSummary summary(Collection collection) {
        return CollectionSummary.of(collection, collections.countMembers(List.of(collection)).get(collection.getId()));
    }

    /** Adds the named members, which must all exist, and reindexes those that were not members yet. */
    private MembershipChange add(Collection collection, List<Long> articleIds, List<Long> statementIds) {
        List<Article> articles = existingArticles(articleIds);
        List<Statement> statements = existingStatements(statementIds);
        Instant at = clock.instant();
        return changed(collection, articles, collection.addArticles(articles, at),
                statements, collection.addStatements(statements, at));
    }

    /** Removes the named members, which must all exist, and reindexes those that were members. */
    private MembershipChange remove(Collection collection, List<Long> articleIds, List<Long> statementIds) {
        List<Article> articles = existingArticles(articleIds);
        List<Statement> statements = existingStatements(statementIds);
        Instant at = clock.instant();
        return changed(collection, articles, collection.removeArticles(articles, at),
                statements, collection.removeStatements(statements, at));
    }

    /**
     * What an addition or removal of the named members changed; reindexes the changed ones. Articles that join or
     * leave a public collection join or leave its OAI-PMH set: their records get a new datestamp, so that
     * incremental harvests ({@code from=}) see them (a statement member is no set member).
     */
    private MembershipChange changed(Collection collection, List<Article> articles, List<Article> changedArticles,
                                     List<Statement> statements, List<Statement> changedStatements) {
        List<Long> changedArticleIds = ids(changedArticles, Article::getId);
        List<Long> changedStatementIds = ids(changedStatements, Statement::getId);
        if (collection.isPublic()) {
            articleRecords.markRecordsChanged(changedArticleIds);
        }
        MembershipChange change = new MembershipChange(changedArticleIds, changedStatementIds,
                unchanged(articles, changedArticleIds, Article::getId),
                unchanged(statements, changedStatementIds, Statement::getId), summary(collection));
        reindex(changedArticles, changedStatements); // last: it detaches what this transaction loaded
        return change;
    }

    /** Articles changed reindex with all their statements, which belong to the collection through them. */
    private void reindex(List<Article> articles, List<Statement> statements) {
        Set<Long> affected = new LinkedHashSet<>(ids(statements, Statement::getId));
        articles.forEach(article -> affected.addAll(ids(article.getStatements(), Statement::getId)));
        reindexing.reindex(affected, ids(articles, Article::getId));
    }

    private static void requireSome(List<Long> articleIds, List<Long> statementIds) {
        if ((articleIds == null || articleIds.isEmpty()) && (statementIds == null || statementIds.isEmpty())) {
            throw new InvalidInputException("articles", "Name the members: article ids in 'articles', statement ids in 'statements'");
        }
    }

    private List<Article> existingArticles(List<Long> ids) {
        List<Article> found = collections.articlesWithIds(distinct(ids));
        requireAll("articles", "article", ids, ids(found, Article::getId));
        return found;
    }

    private List<Statement> existingStatements(List<Long> ids) {
        List<Statement> found = collections.statementsWithIds(distinct(ids));
        requireAll("statements", "statement", ids, ids(found, Statement::getId));
        return found;
    }

    private static Set<Long> distinct(List<Long> ids) {
        return ids == null ? Set.of() : new LinkedHashSet<>(ids);
    }

    private static void requireAll(String field, String kind, List<Long> wanted, List<Long> found) {
        if (wanted == null) {
            return;
        }
        Set<Long> missing = new LinkedHashSet<>(wanted);
        found.forEach(missing::remove);
        if (!missing.isEmpty()) {
            throw new InvalidInputException(field, (missing.size() == 1 ? "No " + kind + " with the id " : "No " + kind + "s with the ids ")
                    + missing.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
    }

    private static <T> List<Long> ids(List<T> records, Function<T, Long> id) {
        return records.stream().map(id).sorted().toList();
    }

    private static <T> List<Long> unchanged(List<T> requested, List<Long> changed, Function<T, Long> id) {
        Set<Long> changedIds = new HashSet<>(changed);
        List<Long> unchanged = new ArrayList<>();
        requested.stream().map(id).filter(i -> !changedIds.contains(i)).sorted().forEach(unchanged::add);
        return unchanged;
    }

    private CollectionSlug freeSlug(CollectionSlug base) {
        CollectionSlug slug = base;
        for (int n = 2; collections.findBySlug(slug).isPresent() || collections.findDeleted(slug).isPresent(); n++) {
            slug = base.withSuffix(n);
        }
        return slug;
    }

    private static Visibility visibilityOf(String label, Visibility otherwise) {
        if (label == null && otherwise != null) {
            return otherwise;
        }
        return Visibility.byLabel(label).orElseThrow(() ->
                new InvalidInputException("visibility", "visibility is 'public' or 'private', not '" + label + "'"));
    }
}
