package org.dictum.search.saved;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dictum.domain.InvalidInputException;
import org.dictum.search.application.Dates;
import org.dictum.search.query.Facet;
import org.dictum.search.query.Interval;
import org.dictum.search.query.Paging;
import org.dictum.search.query.SearchRequest;
import org.dictum.search.query.SortOrder;

/**
 * The one reading of a search's URL parameters, shared by the portal's search page, the search API,
 * the exports and saved searches, so that they cannot disagree about what a URL means.
 * <p>
 * The search is {@code q}, the facets (repeatable), {@code from}, {@code to}, {@code sort} and
 * {@code distinct} ({@code true} or {@code false}, any case). Paging and presentation ({@code page},
 * {@code size}, {@code searchAfter}, {@code interval}) are read but are not part of a search. Campaign
 * tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}) that newsletters and ads append
 * are ignored. A parameter that takes one value given twice, and any other parameter (unless the
 * endpoint reading it declares it as its own), are refused: a typo silently widening a search is
 * worse than an error. Blank values count as absent.
 * <p>
 * {@link #canonical()} spells a search in a fixed parameter order with facet values sorted and the
 * sort spelled out: two spellings of one search give one string.
 */
public final class SearchQueryString {

    private static final Set<String> PRESENTATION = Set.of("page", "size", "searchAfter", "interval");
    private static final Set<String> SINGLE = Set.of("q", "from", "to", "sort", "distinct", "page", "size",
            "searchAfter", "interval");
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid");

    private final String query;
    private final Map<Facet, List<String>> filters;
    private final String from;
    private final String to;
    private final String sort;
    private final boolean distinctStories;
    private final Map<String, String> presentation;
    private final Map<String, List<String>> written;

    private SearchQueryString(String query, Map<Facet, List<String>> filters, String from, String to, String sort,
                              boolean distinctStories, Map<String, String> presentation,
                              Map<String, List<String>> written) {
        this.query = query;
        this.filters = filters;
        this.from = from;
        this.to = to;
        this.sort = sort;
        this.distinctStories = distinctStories;
        this.presentation = presentation;
        this.written = written;
    }

    /**
     * Reads {@code q=...&actor=...} (a leading {@code ?} is ignored) as a field of a request body (a
     * saved search's {@code query}): refuses unknown parameters and bad values naming that field.
     */
    public static SearchQueryString parse(String raw) {
        try {
            return of(parameters(raw));
        } catch (InvalidInputException e) {
            throw new InvalidInputException("query", e.getMessage());
        }
    }

    /** A raw query string as parameter lists, in order, decoded; blank values are kept (they count as absent). */
    public static Map<String, List<String>> parameters(String raw) {
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
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    /** From parameter lists, as a request or a form carries them; every parameter must be a search parameter. */
    public static SearchQueryString of(Map<String, List<String>> parameters) {
        return of(parameters, Set.of());
    }

    /**
     * From parameter lists, as a request carries them.
     *
     * @param own parameters of the endpoint reading the search (an export's {@code format}): neither
     *            refused nor part of the search
     */
    public static SearchQueryString of(Map<String, List<String>> parameters, Set<String> own) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        Map<String, String> singles = new LinkedHashMap<>();
        Map<String, List<String>> written = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (own.contains(name) || isTracking(name)) {
                continue;
            }
            List<String> values = parameter.getValue().stream().filter(v -> v != null && !v.isBlank())
                    .map(String::strip).distinct().toList();
            Optional<Facet> facet = Facet.byParameter(name);
            if (facet.isEmpty() && !SINGLE.contains(name)) {
                throw new InvalidInputException(name, "'" + name + "' is not a search parameter (q, actor, speaker, "
                        + "topic, source, language, month, collection, from, to, sort, distinct, page, size, interval, "
                        + "searchAfter)" + (own.isEmpty() ? "" : " nor one of this request's own (" + String.join(", ", new TreeSet<>(own)) + ")"));
            }
            if (values.isEmpty()) {
                continue;
            }
            if (facet.isPresent()) {
                filters.put(facet.get(), values);
            } else {
                if (values.size() > 1) {
                    throw new InvalidInputException(name, "'" + name + "' is given " + values.size()
                            + " times; give it once");
                }
                singles.put(name, values.get(0));
            }
            written.put(name, values);
        }
        Map<String, String> presentation = new LinkedHashMap<>();
        PRESENTATION.forEach(name -> Optional.ofNullable(singles.get(name)).ifPresent(v -> presentation.put(name, v)));
        SearchQueryString parsed = new SearchQueryString(singles.get("q"), filters, singles.get("from"),
                singles.get("to"), singles.get("sort"), flag("distinct", singles.get("distinct")),
                Collections.unmodifiableMap(presentation), Collections.unmodifiableMap(written));
        parsed.toRequest(1, 0); // checks the search: dates, their order, the sort, months
        return parsed;
    }

    /**
     * Whether a parameter is campaign tracking ({@code utm_source}, {@code fbclid}, ...) that links
     * from newsletters and ads carry: ignored, neither refused nor part of the search.
     */
    public static boolean isTracking(String name) {
        return name.startsWith("utm_") || TRACKING.contains(name);
    }

    /** {@code true} or {@code false}, any case; absent or blank is false. */
    public static boolean flag(String field, String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidInputException(field, field + " must be true or false, was '" + value + "'");
    }
    /** The search as a request for one page of hits, without presentation. */
    public SearchRequest toRequest(int page, int size) {
        return new SearchRequest(query, filters, Dates.dateOf("from", from), Dates.dateOf("to", to),
                SortOrder.parse(sort), page, size, null, null, distinctStories);
    }

    /** The search with the paging and presentation given: {@code page} (default 1), {@code size}, {@code interval}, {@code searchAfter}. */
    public SearchRequest toRequest(int defaultSize) {
        int page = presentation("page").map(p -> Paging.number("page", p)).orElse(1);
        int size = presentation("size").map(s -> Paging.number("size", s)).orElse(defaultSize);
        return new SearchRequest(query, filters, Dates.dateOf("from", from), Dates.dateOf("to", to),
                SortOrder.parse(sort), page, size, Interval.parse(presentation.get("interval")),
                presentation.get("searchAfter"), distinctStories);
    }

    /** A paging or presentation parameter's value, as written. */
    public Optional<String> presentation(String name) {
        return Optional.ofNullable(presentation.get(name));
    }

    /** The search and presentation parameters as written (values stripped, blank and repeated values dropped), in order. */
    public Map<String, List<String>> written() {
        return written;
    }

    /** A facet's values as written, in order. */
    public List<String> selected(Facet facet) {
        return filters.getOrDefault(facet, List.of());
    }

    public Optional<String> query() {
        return Optional.ofNullable(query);
    }

    public Optional<String> from() {
        return Optional.ofNullable(from);
    }

    public Optional<String> to() {
        return Optional.ofNullable(to);
    }

    public boolean distinctStories() {
        return distinctStories;
    }

    /** The canonical string: {@code q}, facets in their order, {@code from}, {@code to}, {@code sort}, {@code distinct}. */
    public String canonical() {
        List<String> pairs = new ArrayList<>();
        add(pairs, "q", query);
        for (Facet facet : Facet.values()) {
            new TreeSet<>(selected(facet)).forEach(value -> add(pairs, facet.parameter(), value));
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

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("query", "The query string is not URL-encoded properly: " + e.getMessage());
        }
    }
}
