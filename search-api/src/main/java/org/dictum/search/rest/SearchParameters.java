package org.dictum.search.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dictum.domain.InvalidInputException;
import org.dictum.search.application.Dates;
import org.dictum.search.query.Facet;
import org.dictum.search.query.Interval;
import org.dictum.search.query.SearchRequest;
import org.dictum.search.query.SortOrder;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters both search endpoints take. Repeat a facet parameter to select several values. */
public class SearchParameters {

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
    @Parameter(description = "true: one copy per story (its earliest), so that a wire story run by many outlets counts once", example = "false")
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
     * The search that query parameters as the API takes them describe (for the portal's downloads,
     * which read them from the servlet request): the same names, defaults and checks.
     */
    public static SearchRequest fromQuery(Map<String, String[]> query) {
        SearchParameters p = new SearchParameters();
        p.q = first(query, "q", null);
        p.actor = all(query, "actor");
        p.speaker = all(query, "speaker");
        p.topic = all(query, "topic");
        p.source = all(query, "source");
        p.language = all(query, "language");
        p.month = all(query, "month");
        p.from = first(query, "from", null);
        p.to = first(query, "to", null);
        p.sort = first(query, "sort", null);
        p.interval = first(query, "interval", null);
        p.distinct = first(query, "distinct", null);
        p.page = "1";
        p.size = "0";
        return p.toRequest();
    }

    private static String first(Map<String, String[]> query, String name, String fallback) {
        String[] values = query.get(name);
        return values == null || values.length == 0 || values[0].isBlank() ? fallback : values[0];
    }

    private static List<String> all(Map<String, String[]> query, String name) {
        String[] values = query.get(name);
        return values == null ? List.of() : List.of(values);
    }

    SearchRequest toRequest() {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        filters.put(Facet.ACTOR, orEmpty(actor));
        filters.put(Facet.SPEAKER, orEmpty(speaker));
        filters.put(Facet.TOPIC, orEmpty(topic));
        filters.put(Facet.SOURCE, orEmpty(source));
        filters.put(Facet.LANGUAGE, orEmpty(language));
        filters.put(Facet.MONTH, orEmpty(month));
        filters.put(Facet.COLLECTION, orEmpty(collection));
        return new SearchRequest(q, filters, Dates.dateOf("from", from), Dates.dateOf("to", to), SortOrder.parse(sort),
                number("page", page), number("size", size), Interval.parse(interval), searchAfter,
                flag("distinct", distinct));
    }

    /** {@code true} or {@code false}, any case; absent or blank is false. */
    static boolean flag(String field, String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidInputException(field, field + " must be true or false, was '" + value + "'");
    }

    static int number(String field, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " must be a whole number, was '" + value + "'");
        }
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
