package org.dictum.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.UnknownEntityException;
import org.dictum.search.application.Dates;
import org.dictum.search.query.Facet;
import org.dictum.search.query.FacetCount;
import org.dictum.search.query.Interval;
import org.dictum.search.query.SearchPage;
import org.dictum.search.query.SearchLimits;
import org.dictum.search.query.SearchRequest;
import org.dictum.search.query.SortOrder;
import org.dictum.search.query.StatementHit;
import org.dictum.search.query.StatementSearch;
import org.dictum.search.query.syntax.QuerySyntaxException;

/** The statement search page. Its whole state lives in the URL, so every search is a permalink. */
@Named
@RequestScoped
public class SearchView {

    private static final int PAGE_SIZE = 20;
    private static final Map<Facet, String> LABELS = new EnumMap<>(Map.of(
            Facet.ACTOR, "Actor", Facet.SPEAKER, "Speaker", Facet.TOPIC, "Topic",
            Facet.SOURCE, "Source", Facet.LANGUAGE, "Language", Facet.MONTH, "Published", Facet.COLLECTION, "Collection"));

    @Inject
    StatementSearch statements;

    @Inject
    SearchLimits limits;

    private String query;
    private String from;
    private String to;
    private String sort;
    private String interval;
    private boolean distinctStories;
    private SearchUrl url;
    private SearchPage<StatementHit> result;
    private String error;
    private HistogramChart histogram;

    public void load() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, String[]> parameters = context.getRequestParameterValuesMap();
        Map<String, List<String>> state = new LinkedHashMap<>();
        query = single(parameters, "q", state);
        from = single(parameters, "from", state);
        to = single(parameters, "to", state);
        sort = single(parameters, "sort", state);
        interval = single(parameters, "interval", state);
        String page = single(parameters, "page", state);
        distinctStories = "true".equals(single(parameters, "distinct", state));
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> values = Arrays.stream(parameters.getOrDefault(facet.parameter(), new String[0]))
                    .filter(v -> !v.isBlank()).distinct().toList();
            filters.put(facet, values);
            if (!values.isEmpty()) {
                state.put(facet.parameter(), new ArrayList<>(values));
            }
        }
        url = new SearchUrl(context.getRequestContextPath() + "/", state);
        try {
            SortOrder order = SortOrder.parse(sort);
            Interval width = Interval.parse(interval);
            result = statements.search(new SearchRequest(query, filters, Dates.dateOf("from", from),
                    Dates.dateOf("to", to), order, pageNumber(page), PAGE_SIZE, width, null, distinctStories));
        } catch (InvalidInputException | QuerySyntaxException | UnknownEntityException e) {
            error = e.getMessage();
        }
    }

    private static String single(Map<String, String[]> parameters, String name, Map<String, List<String>> state) {
        String[] values = parameters.get(name);
        if (values == null || values.length == 0 || values[0].isBlank()) {
            return null;
        }
        state.put(name, new ArrayList<>(List.of(values[0].strip())));
        return values[0].strip();
    }

    private static int pageNumber(String page) {
        if (page == null) {
            return 1;
        }
        try {
            return Integer.parseInt(page);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("page", "page must be a whole number");
        }
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
                        url.toggle(facet.parameter(), count.value()).toString()));
            }
            if (!links.isEmpty()) {
                long unselected = links.stream().filter(link -> !link.isSelected()).count();
                panels.add(new FacetPanel(facet.parameter(), LABELS.get(facet), links, unselected >= limits.facetValues()));
            }
        }
        return panels;
    }

    public List<ActiveFilter> getActiveFilters() {
        List<ActiveFilter> chips = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            if (result != null) {
                result.facets().getOrDefault(facet.parameter(), List.of()).stream()
                        .filter(FacetCount::selected)
                        .forEach(c -> chips.add(new ActiveFilter(LABELS.get(facet), c.value(),
                                url.without(facet.parameter(), c.value()).toString())));
            }
        }
        if (from != null) {
            chips.add(new ActiveFilter("From", from, url.without("from", from).toString()));
        }
        if (to != null) {
            chips.add(new ActiveFilter("To", to, url.without("to", to).toString()));
        }
        return chips;
    }

    /** Hidden form fields that keep the filters when the query text changes. */
    public List<String[]> getKeptParameters() {
        List<String[]> kept = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            if (result != null) {
                result.facets().getOrDefault(facet.parameter(), List.of()).stream()
                        .filter(FacetCount::selected)
                        .forEach(c -> kept.add(new String[] {facet.parameter(), c.value()}));
            }
        }
        return kept;
    }

    /** When the statements were made, as bars that narrow the search to their dates. */
    public HistogramChart getHistogram() {
        if (histogram == null && result != null) {
            histogram = result.histograms().stream().filter(h -> h.field().equals("statement")).findFirst()
                .filter(h -> !h.buckets().isEmpty())
                .map(h -> HistogramChart.of(h, url)).orElse(null);
        }
        return histogram;
    }

    /** Links that redraw the histogram with another bar width. */
    public List<ActiveFilter> getIntervalLinks() {
        List<ActiveFilter> links = new ArrayList<>();
        for (String option : List.of("auto", "day", "week", "month", "year")) {
            String current = interval == null ? "auto" : interval;
            links.add(new ActiveFilter(option, option.equals(current) ? "current" : "",
                    (option.equals("auto") ? url.withoutAll("interval") : url.set("interval", option)).toString()));
        }
        return links;
    }

    /** Whether each story counts once: statements of later copies of a wire story are left out. */
    public boolean isDistinctStories() {
        return distinctStories;
    }

    /** The same search with every copy of a story, or with one copy per story. */
    public String getDistinctToggleUrl() {
        return (distinctStories ? url.withoutAll("distinct") : url.set("distinct", "true")).atPage(1).toString();
    }

    /** The search's parameters as a query string, for the facet value search script. */
    public String getQueryString() {
        String page = url.toString();
        int question = page.indexOf('?');
        return question < 0 ? "" : page.substring(question + 1);
    }

    public List<StatementRow> getHits() {
        return result == null ? List.of() : result.hits().stream().map(StatementRow::new).toList();
    }

    public long getTotal() {
        return result == null ? 0 : result.total();
    }

    public int getPage() {
        return result == null ? 1 : result.page();
    }

    public long getPageCount() {
        return result == null ? 1 : Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The page before this one; past the last page (an old link, a hand-edited URL), the last page. */
    public String getPreviousPageUrl() {
        return getPage() > 1 ? url.atPage((int) Math.min(getPage() - 1L, getPageCount())).toString() : null;
    }

    public boolean isPastLastPage() {
        return result != null && getPage() > getPageCount();
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
        return query;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public String getSort() {
        return sort;
    }

    public String getInterval() {
        return interval;
    }

    public String getError() {
        return error;
    }
}
