package org.dictum.search.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dictum.search.query.SearchRequest;
import org.dictum.search.saved.SearchQueryString;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters both search endpoints take. Repeat a facet parameter to select several values. */
public class SearchParameters {

    private static final int DEFAULT_SIZE = 20;

    @Parameter(description = "The query: words, \"phrases\", AND/OR/NOT, prefixes*, fields speaker: actor: topic: source: cue:", example = "actor:Russia AND missiles")
    @QueryParam("q")
    String q;
    @Parameter(description = "Actor facet filter, repeatable (values are alternatives)", example = "Russia")
    @QueryParam("actor")
    List<String> actor;
    @Parameter(description = "Speaker facet filter, repeatable", example = "Sergei Ryabkov")
    @QueryParam("speaker")
    List<String> speaker;
    @Parameter(description = "Topic facet filter, repeatable", example = "Diplomacy")
    @QueryParam("topic")
    List<String> topic;
    @Parameter(description = "Source facet filter, repeatable", example = "The Independent")
    @QueryParam("source")
    List<String> source;
    @Parameter(description = "Language facet filter, repeatable", example = "en")
    @QueryParam("language")
    List<String> language;
    @Parameter(description = "Month facet filter (yyyy-MM), repeatable", example = "2022-01")
    @QueryParam("month")
    List<String> month;
    @Parameter(description = "Collection facet filter (a collection's slug; one the caller may not see answers 404), repeatable", example = "ukraine-talks-2022")
    @QueryParam("collection")
    List<String> collection;
    @Parameter(description = "First day, inclusive (statement date for statements, publication date for articles)", example = "2022-01-01")
    @QueryParam("from")
    String from;
    @Parameter(description = "Last day, inclusive", example = "2022-01-31")
    @QueryParam("to")
    String to;
    @Parameter(description = "relevance (default with q), newest (default without) or oldest", example = "newest")
    @QueryParam("sort")
    String sort;
    @Parameter(description = "Date histogram interval: auto, day, week, month, year, decade, century", example = "auto")
    @QueryParam("interval")
    String interval;
    @Parameter(description = "Cursor from a previous answer's nextCursor; replaces page")
    @QueryParam("searchAfter")
    String searchAfter;
    @Parameter(description = "true: one copy per story (its earliest), so that a wire story run by many outlets counts once; true or false, any case", example = "false")
    @QueryParam("distinct")
    String distinct;
    @Parameter(description = "Page, from 1", example = "1")
    @QueryParam("page")
    @DefaultValue("1")
    String page;
    @Parameter(description = "Hits per page, 0 to dictum.search.max-page-size (0: counts only)", example = "20")
    @QueryParam("size")
    @DefaultValue("20")
    String size;

    /**
     * Every query parameter of the request, read by {@link SearchQueryString} (the fields above
     * document the parameters for OpenAPI; they are not read).
     */
    @Context
    UriInfo uri;

    /**
     * The search that query parameters as the API takes them describe (for the portal's downloads,
     * which read them from the servlet request): the same names, defaults and checks, paging and
     * presentation ({@code page}, {@code size}, {@code interval}, {@code searchAfter}) included, so
     * that a download refuses what the API's export refuses.
     *
     * @param own the parameters of the endpoint besides the search's ({@code format})
     */
    public static SearchRequest fromQuery(Map<String, String[]> query, String... own) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        query.forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
        return SearchQueryString.of(parameters, Set.of(own)).toRequest(DEFAULT_SIZE);
    }

    /**
     * The search the request's query parameters describe, read as the portal reads its URL.
     *
     * @param own the parameters of the endpoint besides the search's ({@code prefix}, {@code format})
     */
    SearchRequest toRequest(String... own) {
        return SearchQueryString.of(uri.getQueryParameters(), Set.of(own)).toRequest(DEFAULT_SIZE);
    }
}
