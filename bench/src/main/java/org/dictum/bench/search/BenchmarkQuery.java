package org.dictum.bench.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One benchmark query: a query word and selected facet values (several values of one facet are
 * alternatives, different facets must all hold), 20 hits by relevance, month histograms.
 *
 * @param word    one word of the query language (stemmed full-text match on the content)
 * @param filters facet parameter ({@code actor}, {@code topic}, {@code source}) to selected values
 */
record BenchmarkQuery(String word, Map<String, List<String>> filters, int size) {

    /** The facets a statement search counts, in the order the REST API lists them. */
    static final List<String> FACETS = List.of("actor", "speaker", "topic", "source", "language", "month");

    BenchmarkQuery {
        filters = Map.copyOf(new LinkedHashMap<>(filters));
    }

    /** The REST request's path and query string. */
    String restPath() {
        StringBuilder path = new StringBuilder("/api/search/statements?q=").append(encode(word));
        FACETS.forEach(facet -> filters.getOrDefault(facet, List.of())
                .forEach(value -> path.append('&').append(facet).append('=').append(encode(value))));
        return path.append("&interval=month&size=").append(size).toString();
    }

    @Override
    public String toString() {
        return "q=" + word + " " + FACETS.stream().filter(filters::containsKey)
                .map(f -> f + "=" + String.join("|", filters.get(f))).collect(Collectors.joining(" "));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
