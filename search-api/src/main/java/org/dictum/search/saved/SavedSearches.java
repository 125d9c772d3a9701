package org.dictum.search.saved;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.StaleVersionException;
import org.dictum.domain.UnknownEntityException;
import org.dictum.domain.account.UserAccount;
import org.dictum.domain.account.UserAccountRepository;
import org.dictum.domain.article.Article;
import org.dictum.domain.savedsearch.SavedSearch;
import org.dictum.domain.savedsearch.SavedSearchRepository;
import org.dictum.domain.savedsearch.SearchTarget;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.statement.StatementStatus;
import org.dictum.search.query.ArticleHit;
import org.dictum.search.query.ArticleSearch;
import org.dictum.search.query.OrderedIds;
import org.dictum.search.query.Paging;
import org.dictum.search.query.SearchRequest;
import org.dictum.search.query.StatementHit;
import org.dictum.search.query.StatementSearch;
import org.dictum.search.query.syntax.QuerySyntaxException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Saved searches: save, list, rename, delete, freeze, and the recorded results of frozen ones.
 * A user sees only their own saved searches (others' are "not found"); a frozen search is public
 * through its persistent identifier, to everyone who may read the archive.
 */
@ApplicationScoped
public class SavedSearches {

    private static final Logger LOG = Logger.getLogger(SavedSearches.class.getName());
    static final int MAX_LISTED = 500;

    @Inject
    SavedSearchRepository saved;

    @Inject
    UserAccountRepository accounts;

    @Inject
    StatementSearch statementSearch;

    @Inject
    ArticleSearch articleSearch;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "dictum.saved-search.max-frozen-results", defaultValue = "1000")
    int maxFrozenResults;

    @Inject
    @ConfigProperty(name = "dictum.search.max-page-size", defaultValue = "100")
    int maxPageSize;

    /** Saves a search; its parameters are checked (a malformed query is refused) and stored in canonical form. */
    @Transactional
    public SavedSearchEntry save(String ownerName, String name, String target, String query) {
        UserAccount owner = accounts.findByName(ownerName).orElseThrow(() -> new UnknownEntityException("User", ownerName));
        SearchTarget searchTarget = targetNamed(target);
        SearchQueryString search = SearchQueryString.parse(query);
        try {
            matching(searchTarget, search.toRequest(1, 0), 0); // refuses a query the search cannot run
        } catch (QuerySyntaxException e) {
            throw e.inParameter("query", "the q of query"); // the body member, as SearchQueryString.parse names it
        }
        SavedSearch created = saved.save(new SavedSearch(owner, name, searchTarget, search.canonical(), clock.instant()));
        return SavedSearchEntry.of(created);
    }

    @Transactional
    public List<SavedSearchEntry> ownedBy(String ownerName) {
        return accounts.findByName(ownerName)
                .map(owner -> saved.ownedBy(owner, MAX_LISTED).stream().map(SavedSearchEntry::of).toList())
                .orElse(List.of());
    }

    @Transactional
    public SavedSearchEntry get(String ownerName, long id) {
        return SavedSearchEntry.of(owned(ownerName, id));
    }

    @Transactional
    public SavedSearchEntry rename(String ownerName, long id, Long readVersion, String name) {
        SavedSearch search = current(ownerName, id, readVersion);
        search.rename(name);
        saved.flush();   // the version rises when the change is written: the answer must carry the new one
        return SavedSearchEntry.of(search);
    }

    /** Deletes the search; returns it as it was, so that the caller can say which one went. */
    @Transactional
    public SavedSearchEntry delete(String ownerName, long id, Long readVersion) {
        SavedSearch search = current(ownerName, id, readVersion);
        search.requireDeletable();
        SavedSearchEntry deleted = SavedSearchEntry.of(search);
        saved.remove(search);
        return deleted;
    }

    /**
     * Freezes the search: records the ids of its first {@code dictum.saved-search.max-frozen-results}
     * results in order, and gives it a persistent identifier.
     */
    @Transactional
    public SavedSearchEntry freeze(String ownerName, long id, Long readVersion) {
        SavedSearch search = current(ownerName, id, readVersion);
        OrderedIds results = matching(search.getTarget(), SearchQueryString.parse(search.getQuery()).toRequest(1, 0),
                maxFrozenResults);
        search.freeze(UUID.randomUUID(), clock.instant(), results.ids(), results.total());
        saved.flush();   // as in rename: the version rises when the freeze is written, and the answer carries it
        LOG.info(() -> "Saved search " + id + " of " + ownerName + " frozen as " + search.getPublicId().orElseThrow()
                + " with " + results.ids().size() + " of " + results.total() + " results");
        return SavedSearchEntry.of(search);
    }

    /** A frozen search by its persistent identifier. */
    @Transactional
    public SavedSearchEntry published(String publicId) {
        return SavedSearchEntry.of(frozen(publicId));
    }

    @Transactional
    public Citation citation(String publicId, String permalinkBase) {
        SavedSearch search = frozen(publicId);
        return Citation.of(search, permalinkBase + SavedSearchEntry.PERMALINK_PREFIX + publicId);
    }

    /** One page of the recorded results of a frozen search, each as it is now. */
    @Transactional
    public FrozenResults results(String publicId, int page, int size) {
        Paging.page(page);
        Paging.between("size", size, 1, maxPageSize);
        SavedSearch search = frozen(publicId);
        List<Long> ids = search.getFrozenIds();
        int first = (int) Math.min((long) (page - 1) * size, ids.size());
        List<Long> pageIds = List.copyOf(ids.subList(first, (int) Math.min((long) first + size, ids.size())));
        List<FrozenResult> shown = search.getTarget() == SearchTarget.STATEMENTS
                ? ranked(first, pageIds, saved.statementsWithIds(pageIds), Statement::getId, SavedSearches::statementResult)
                : ranked(first, pageIds, saved.articlesWithIds(pageIds), Article::getId, SavedSearches::articleResult);
        return new FrozenResults(publicId, search.getName(), search.getTarget().parameter(), search.getQuery(),
                search.getFrozenAt().orElseThrow(), search.getFrozenTotal(), ids.size(), page, size, shown);
    }

    /**
     * The recorded results {@code ids}, which follow the first {@code first}, in recorded order with
     * their ranks; a record no longer {@code found} keeps its rank as deleted.
     */
    private static <T> List<FrozenResult> ranked(int first, List<Long> ids, List<T> found, Function<T, Long> idOf,
                                                 BiFunction<Integer, T, FrozenResult> result) {
        Map<Long, T> byId = found.stream().collect(Collectors.toMap(idOf, Function.identity(), (a, b) -> a));
        List<FrozenResult> ranked = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            int rank = first + i + 1;
            T record = byId.get(ids.get(i));
            ranked.add(record == null ? new FrozenResult(rank, ids.get(i), FrozenResult.DELETED, null, null)
                    : result.apply(rank, record));
        }
        return ranked;
    }

    private static FrozenResult statementResult(int rank, Statement statement) {
        return new FrozenResult(rank, statement.getId(), statusOf(statement), StatementHit.of(statement, List.of()), null);
    }

    private static FrozenResult articleResult(int rank, Article article) {
        return new FrozenResult(rank, article.getId(),
                article.isWithdrawn() ? FrozenResult.WITHDRAWN : FrozenResult.AVAILABLE, null, ArticleHit.of(article));
    }

    private static String statusOf(Statement statement) {
        if (statement.getArticle().isWithdrawn()) {
            return FrozenResult.WITHDRAWN;
        }
        return statement.getStatus() == StatementStatus.REJECTED ? FrozenResult.REJECTED : FrozenResult.AVAILABLE;
    }

    private OrderedIds matching(SearchTarget target, SearchRequest request, int max) {
        return target == SearchTarget.STATEMENTS ? statementSearch.orderedIds(request, max)
                : articleSearch.orderedIds(request, max);
    }

    private SavedSearch frozen(String publicId) {
        return saved.findByPublicId(publicId == null ? "" : publicId.strip())
                .orElseThrow(() -> new UnknownEntityException("Frozen search", publicId));
    }

    /** The owner's search; anyone else's is "not found", so that ids reveal nothing. */
    private SavedSearch owned(String ownerName, long id) {
        return saved.findById(id).filter(search -> search.isOwnedBy(ownerName))
                .orElseThrow(() -> new UnknownEntityException("Saved search", id));
    }

    private SavedSearch current(String ownerName, long id, Long readVersion) {
        SavedSearch search = owned(ownerName, id);
        if (readVersion != null) {
            StaleVersionException.requireCurrent("Saved search", id, readVersion, search.getVersion());
        }
        return search;
    }

    private static SearchTarget targetNamed(String target) {
        return SearchTarget.byParameter(target == null ? "statements" : target.strip()).orElseThrow(() ->
                new InvalidInputException("target", "target is statements or articles, not '" + target + "'"));
    }
}
