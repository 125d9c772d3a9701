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

/** The query parameters both search endpoints take. Repeat a facet parameter to select several values. */
public class SearchParameters {

    @QueryParam("q")
    String q;
    @QueryParam("actor")
    List<String> actor;
    @QueryParam("speaker")
    List<String> speaker;
    @QueryParam("topic")
    List<String> topic;
    @QueryParam("source")
    List<String> source;
    @QueryParam("language")
    List<String> language;
    @QueryParam("month")
    List<String> month;
    @QueryParam("from")
    String from;
    @QueryParam("to")
    String to;
    @QueryParam("sort")
    String sort;
    @QueryParam("interval")
    String interval;
    @QueryParam("searchAfter")
    String searchAfter;
    @QueryParam("page")
    @DefaultValue("1")
    String page;
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
        return new SearchRequest(q, filters, Dates.dateOf("from", from), Dates.dateOf("to", to), SortOrder.parse(sort),
                number("page", page), number("size", size), Interval.parse(interval), searchAfter);
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
