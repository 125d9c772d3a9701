package org.dictum.search.saved;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dictum.domain.InvalidInputException;
import org.dictum.search.application.Dates;
import org.dictum.search.query.Facet;
import org.dictum.search.query.SearchRequest;
import org.dictum.search.query.SortOrder;

/**
 * A search as a canonical query string over the search parameters ({@code q}, the facets,
 * {@code from}, {@code to}, {@code sort}, {@code distinct}): fixed parameter order, facet values sorted, the sort
 * spelled out, URL-encoded. Two spellings of one search give one string. Paging and presentation
 * ({@code page}, {@code size}, {@code searchAfter}, {@code interval}) are not part of a search and
 * are dropped; any other parameter is refused.
 */
public final class SearchQueryString {

    private static final Set<String> PRESENTATION = Set.of("page", "size", "searchAfter", "interval");

    private final String query;
    private final Map<Facet, List<String>> filters;
    private final String from;
    private final String to;
    private final SortOrder sort;
    private final boolean distinctStories;

    private SearchQueryString(String query, Map<Facet, List<String>> filters, String from, String to, SortOrder sort,
                              boolean distinctStories) {
        this.query = query;
        this.filters = filters;
        this.from = from;
        this.to = to;
        this.sort = sort;
        this.distinctStories = distinctStories;
    }

    /** Reads {@code q=...&actor=...} (a leading {@code ?} is ignored); refuses unknown parameters and bad values. */
    public static SearchQueryString parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.startsWith("?")) {
            text = text.substring(1);
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (!value.isBlank()) {
                parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value.strip());
            }
        }
        return of(parameters);
    }

    /** From parameter lists, as a request or a form carries them. */
    public static SearchQueryString of(Map<String, List<String>> parameters) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        String query = null;
        String from = null;
        String to = null;
        String sort = null;
        String distinct = null;
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            List<String> values = parameter.getValue().stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
            if (values.isEmpty() || PRESENTATION.contains(name)) {
                continue;
            }
            switch (name) {
                case "q" -> query = single(name, values);
                case "from" -> from = single(name, values);
                case "to" -> to = single(name, values);
                case "sort" -> sort = single(name, values);
                case "distinct" -> distinct = single(name, values);
                default -> {
                    Facet facet = Facet.byParameter(name).orElseThrow(() -> new InvalidInputException("query",
                            "'" + name + "' is not a search parameter (q, the facets, from, to, sort, distinct)"));
                    filters.put(facet, List.copyOf(new TreeSet<>(values)));
                }
            }
        }
        Dates.dateOf("from", from);
        Dates.dateOf("to", to);
        if (distinct != null && !distinct.equals("true") && !distinct.equals("false")) {
            throw new InvalidInputException("query", "distinct is true or false, not '" + distinct + "'");
        }
        SearchQueryString parsed = new SearchQueryString(query, filters, from, to, SortOrder.parse(sort),
                "true".equals(distinct));
        parsed.toRequest(1, 0); // checks the combination: dates in order, the sort resolved
        return parsed;
    }

    /** The search as a request for one page of hits. */
    public SearchRequest toRequest(int page, int size) {
        return new SearchRequest(query, filters, Dates.dateOf("from", from), Dates.dateOf("to", to), sort, page, size,
                null, null, distinctStories);
    }

    /** The canonical string: {@code q}, facets in their order, {@code from}, {@code to}, {@code sort}. */
    public String canonical() {
        List<String> pairs = new ArrayList<>();
        add(pairs, "q", query);
        for (Facet facet : Facet.values()) {
            filters.getOrDefault(facet, List.of()).forEach(value -> add(pairs, facet.parameter(), value));
        }
        add(pairs, "from", from);
        add(pairs, "to", to);
        add(pairs, "sort", toRequest(1, 0).sort().parameter());
        add(pairs, "distinct", distinctStories ? "true" : null);
        return pairs.stream().collect(Collectors.joining("&"));
    }

    @Override
    public String toString() {
        return canonical();
    }

    private static void add(List<String> pairs, String name, String value) {
        if (value != null) {
            pairs.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static String single(String name, List<String> values) {
        if (values.size() > 1) {
            throw new InvalidInputException("query", "'" + name + "' is given " + values.size() + " times; give it once");
        }
        return values.get(0);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("query", "The query string is not URL-encoded properly: " + e.getMessage());
        }
    }
}
