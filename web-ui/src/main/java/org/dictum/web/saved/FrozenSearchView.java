package org.dictum.web.saved;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.dictum.domain.DomainException;
import org.dictum.domain.InvalidInputException;
import org.dictum.search.query.ArticleHit;
import org.dictum.search.query.Paging;
import org.dictum.search.query.StatementHit;
import org.dictum.search.saved.FrozenResult;
import org.dictum.search.saved.FrozenResults;
import org.dictum.search.saved.SavedSearchEntry;
import org.dictum.search.saved.SavedSearches;

/**
 * The public page of a frozen search, its permalink ({@code /saved/<publicId>}): what was searched,
 * when it was frozen, how to cite it, and the recorded results as they are now.
 */
@Named
@RequestScoped
public class FrozenSearchView {

    static final int PAGE_SIZE = 50;

    @Inject
    SavedSearches saved;

    private String id;
    private String page;
    private SavedSearchEntry search;
    private FrozenResults results;
    private String citation;
    private String error;

    /**
     * Finds the frozen search and the page of its results. The page is read here, not converted by
     * its view parameter: a malformed one must not hide the search ("no such frozen search") but
     * say what is wrong, as the search page does.
     */
    public void load() {
        try {
            search = saved.published(id);
            citation = saved.citation(id, SavedSearchesView.portalRoot()).text();
        } catch (DomainException e) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            search = null;
            return;
        }
        try {
            int number = page == null || page.isBlank() ? 1 : Paging.number("page", page);
            results = saved.results(id, number, PAGE_SIZE);
        } catch (InvalidInputException e) {
            error = e.getMessage();
        }
    }

    /** What is wrong with the page asked for; null when it could be shown. */
    public String getError() {
        return error;
    }

    /** Asked for a page after the last: say so and link to the last. */
    public boolean isPastLastPage() {
        return results != null && results.page() > getLastPage();
    }

    public int getLastPage() {
        return results == null ? 1 : (int) Math.max(1, (results.recorded() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean isFound() {
        return search != null;
    }

    public String getName() {
        return search.name();
    }

    public String getOwner() {
        return search.owner();
    }

    public String getTarget() {
        return search.target();
    }

    public String getQuery() {
        return search.query().isEmpty() ? "(everything)" : search.query();
    }

    public String getFrozenAt() {
        return SavedSearchesView.WHEN.format(search.frozenAt());
    }

    public String getCounts() {
        return search.recorded() + " of " + search.frozenTotal() + " results recorded";
    }

    public String getCitation() {
        return citation;
    }

    public String getPublicId() {
        return search.publicId();
    }

    public List<ResultRow> getResults() {
        return results == null ? List.of() : results.results().stream().map(ResultRow::new).toList();
    }

    public boolean isHasNext() {
        return results != null && (long) results.page() * results.size() < results.recorded();
    }

    public int getNextPage() {
        return results.page() + 1;
    }

    public boolean isHasPrevious() {
        return results != null && results.page() > 1;
    }

    /** The page before this one; past the last page, the last page. */
    public int getPreviousPage() {
        return Math.min(results.page() - 1, getLastPage());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    /** One recorded result for the list (Faces EL reads getters, not record accessors). */
    public static final class ResultRow {
        private final FrozenResult result;

        ResultRow(FrozenResult result) {
            this.result = result;
        }

        public int getRank() {
            return result.rank();
        }

        public long getId() {
            return result.id();
        }

        public String getStatus() {
            return result.status();
        }

        public boolean isAvailable() {
            return FrozenResult.AVAILABLE.equals(result.status());
        }

        /** The statement's content or the article's title; empty for a deleted record. */
        public String getText() {
            StatementHit statement = result.statement();
            ArticleHit article = result.article();
            if (statement != null) {
                return statement.content();
            }
            return article == null || article.title() == null ? "" : article.title();
        }

        /**
         * Who said it and in which article (statements), or where it appeared (articles): the text of the link to the
         * article, so never empty, which would leave a link that shows and reads as nothing.
         */
        public String getByline() {
            StatementHit statement = result.statement();
            List<String> parts = new ArrayList<>();
            if (statement != null) {
                String speaker = statement.speakerActor() != null ? statement.speakerActor() : statement.speaker();
                addIfPresent(parts, speaker);
                addIfPresent(parts, statement.article().title());
            } else if (result.article() != null) {
                addIfPresent(parts, result.article().source());
            }
            return parts.isEmpty() ? "the article" : String.join(" · ", parts);
        }

        private static void addIfPresent(List<String> parts, String part) {
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }

        /** The article to open, or 0 for a deleted record. */
        public long getArticleId() {
            if (result.statement() != null) {
                return result.statement().article().id();
            }
            return result.article() == null ? 0 : result.article().id();
        }
    }
}
