package org.dictum.web.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.UnknownEntityException;
import org.dictum.search.query.CurrentFilterNames;
import org.dictum.search.query.Facet;
import org.dictum.search.query.FacetCount;
import org.dictum.search.query.SearchLimits;
import org.dictum.search.query.SearchPage;
import org.dictum.search.query.SearchRequest;
import org.dictum.search.query.StatementHit;
import org.dictum.search.query.StatementSearch;
import org.dictum.search.query.syntax.QuerySyntaxException;
import org.dictum.search.saved.SearchQueryString;

/** The statement search page. Its whole state lives in the URL, so every search is a permalink. */
@Named
@RequestScoped
public class SearchView {

    /** The hidden field of the page's forms that carries the search shown (its query string) through a postback. */
    public static final String SHOWN = "shown";
    private static final int PAGE_SIZE = 20;
    private static final Map<Facet, String> LABELS = new EnumMap<>(Map.of(
            Facet.ACTOR, "Actor", Facet.SPEAKER, "Speaker", Facet.TOPIC, "Topic",
            Facet.SOURCE, "Source", Facet.LANGUAGE, "Language", Facet.MONTH, "Published", Facet.COLLECTION, "Collection"));

    @Inject
    StatementSearch statements;

    @Inject
    SearchLimits limits;

    @Inject
    CurrentFilterNames currentNames;

    private SearchQueryString search;
    private FacetSelections selections = FacetSelections.none();
    private SearchUrl url;
    private SearchRequest request;
    private SearchPage<StatementHit> result;
    private String error;
    private HistogramChart histogram;

    /**
     * Reads the search the way the API reads it ({@link SearchQueryString}) and runs it: from the
     * URL, or on a postback of one of the page's forms (which post without the URL's query), from
     * the {@value #SHOWN} field that carries it. On first use in every request, so that a form that
     * fails validation re-renders the same page with its messages.
     */
    @PostConstruct
    void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext context = faces.getExternalContext();
        String shown = faces.isPostback() ? context.getRequestParameterMap().get(SHOWN)
                : ((HttpServletRequest) context.getRequest()).getQueryString();
        Map<String, List<String>> written = new LinkedHashMap<>();
        try {
            Map<String, List<String>> parameters = SearchQueryString.parameters(shown);
            parameters.forEach((name, values) -> {
                List<String> kept = values.stream().filter(v -> !v.isBlank()).map(String::strip).distinct().toList();
                if (!SearchQueryString.isTracking(name) && !kept.isEmpty()) {
                    written.put(name, kept);
                }
            });
            search = SearchQueryString.of(parameters);
            selections = FacetSelections.of(search, currentNames::current);
            request = search.toRequest(PAGE_SIZE);
            result = statements.search(request);
        } catch (InvalidInputException | QuerySyntaxException | UnknownEntityException e) {
            error = e.getMessage();
        }
        url = new SearchUrl(context.getRequestContextPath() + "/", written);
    }

    /**
     * The search shown, canonical, for saving it: exactly what the page shows.
     *
     * @throws InvalidInputException with the page's error when the URL holds no search that can run
     */
    public String searchToSave() {
        if (search == null || error != null) {
            throw new InvalidInputException("query", error == null ? "the page shows no search" : error);
        }
        return search.canonical();
    }

    public List<FacetPanel> getFacets() {
        if (result == null) {
            return List.of();
        }
        List<FacetPanel> panels = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            List<FacetValueLink> links = new ArrayList<>();
            for (FacetCount count : result.facets().getOrDefault(facet.parameter(), List.of())) {
                links.add(new FacetValueLink(count.value(), count.count(), count.selected(),
                        selections.toggle(url, facet, count.value()).toString()));
            }
            if (!links.isEmpty()) {
                // The first facetValues() values are the facet's first in its order ("more values" continues
                // there); selected values beyond them are appended and are no part of that order.
                int listed = Math.min(links.size(), limits.facetValues());
                panels.add(new FacetPanel(facet.parameter(), LABELS.get(facet), links, listed,
                        links.size() >= limits.facetValues()));
            }
        }
        return panels;
    }

    /** The filters as chips that remove them: read from the URL, so that they stay when the search fails. */
    public List<ActiveFilter> getActiveFilters() {
        List<ActiveFilter> chips = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            for (String value : selections.values(facet)) {
                chips.add(new ActiveFilter(LABELS.get(facet), value, selections.without(url, facet, value).toString()));
            }
        }
        String from = getFrom();
        String to = getTo();
        if (from != null) {
            chips.add(new ActiveFilter("From", from, url.withoutAll("from").toString()));
        }
        if (to != null) {
            chips.add(new ActiveFilter("To", to, url.withoutAll("to").toString()));
        }
        return chips;
    }

    /**
     * Hidden form fields that keep the filters, "one copy per story" and the page size when the query text changes
     * (a page size the URL asked for was dropped by the form while every link of the page kept it).
     */
    public List<String[]> getKeptParameters() {
        List<String[]> kept = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            selections.written(facet).forEach(value -> kept.add(new String[] {facet.parameter(), value}));
        }
        if (isDistinctStories()) {
            kept.add(new String[] {"distinct", "true"});
        }
        String size = written("size");
        if (size != null) {
            kept.add(new String[] {"size", size});
        }
        return kept;
    }

    /** When the statements were made, as bars that narrow the search to their dates. */
    public HistogramChart getHistogram() {
        if (histogram == null && result != null) {
            histogram = result.histograms().stream().filter(h -> h.field().equals("statement")).findFirst()
                .filter(h -> !h.buckets().isEmpty())
                .map(h -> HistogramChart.of(h, url, request.from(), request.to())).orElse(null);
        }
        return histogram;
    }

    /** Links that redraw the histogram with another bar width. */
    public List<ActiveFilter> getIntervalLinks() {
        List<ActiveFilter> links = new ArrayList<>();
        for (String option : List.of("auto", "day", "week", "month", "year")) {
            String current = getInterval() == null ? "auto" : getInterval();
            links.add(new ActiveFilter(option, option.equals(current) ? "current" : "",
                    (option.equals("auto") ? url.withoutAll("interval") : url.set("interval", option)).toString()));
        }
        return links;
    }

    /** Whether each story counts once: statements of later copies of a wire story are left out. */
    public boolean isDistinctStories() {
        return search != null && search.distinctStories();
    }

    /** The same search with every copy of a story, or with one copy per story. */
    public String getDistinctToggleUrl() {
        return (isDistinctStories() ? url.withoutAll("distinct") : url.set("distinct", "true")).atPage(1).toString();
    }

    /** The search's parameters as a query string, for the facet value search script. */
    /** The link downloading this search from {@code path} (below the portal's root) in {@code format}. */
    public String download(String path, String format) {
        return url.download(path, "format", format).toString();
    }

    public String getQueryString() {
        String page = url.toString();
        int question = page.indexOf('?');
        return question < 0 ? "" : page.substring(question + 1);
    }

    public List<StatementRow> getHits() {
        return result == null ? List.of() : result.hits().stream().map(StatementRow::new).toList();
    }

    /**
     * What the page says when the search ran and found nothing, with what to try; null when it found something or
     * could not run. Without it the page showed only "0 statements" above an empty list, and "Page 1 of 1".
     */
    public String getNothingFound() {
        if (result == null || result.total() > 0) {
            return null;
        }
        if (!getActiveFilters().isEmpty()) {
            return "No statement matches this search. Remove a filter, or search for other words or dates.";
        }
        return getQuery() != null ? "No statement matches this search. Search for other words."
                : "The archive holds no statements yet.";
    }

    public long getTotal() {
        return result == null ? 0 : result.total();
    }

    public int getPage() {
        return result == null ? 1 : result.page();
    }

    /**
     * Pages of the size the search asked for ({@code size}, {@value #PAGE_SIZE} by default): counted in pages of
     * {@value #PAGE_SIZE} whatever the size, a search of {@code size=2} with 6 hits said "Page 1 of 1" and had no Next.
     * A search for counts only ({@code size=0}) has one page.
     */
    public long getPageCount() {
        if (result == null || request.size() == 0) {
            return 1;
        }
        return Math.max(1, (result.total() + request.size() - 1) / request.size());
    }

    /** The page before this one; past the last page (an old link, a hand-edited URL), the last page. */
    public String getPreviousPageUrl() {
        return getPage() > 1 ? url.atPage((int) Math.min(getPage() - 1L, getPageCount())).toString() : null;
    }

    public boolean isPastLastPage() {
        return result != null && getPage() > getPageCount();
    }

    public String getLastPageUrl() {
        return url.atPage((int) Math.min(getPageCount(), Integer.MAX_VALUE)).toString();
    }

    public String getNextPageUrl() {
        return getPage() < getPageCount() ? url.atPage(getPage() + 1).toString() : null;
    }

    /** The REST request that returns the same result, for API users and reproducibility. */
    public String getApiUrl() {
        String page = url.toString();
        int question = page.indexOf('?');
        String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/search/statements";
        return question < 0 ? base : base + page.substring(question);
    }

    public String getQuery() {
        return written("q");
    }

    public String getFrom() {
        return written("from");
    }

    public String getTo() {
        return written("to");
    }

    /** The order the hits are in: the default (best match with a query, newest first without) spelled out. */
    public String getSort() {
        return request != null ? request.sort().parameter() : written("sort");
    }

    public String getInterval() {
        return written("interval");
    }

    public String getError() {
        return error;
    }

    private String written(String name) {
        List<String> values = url.values(name);
        return values.isEmpty() ? null : values.get(0);
    }
}
