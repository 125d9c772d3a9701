package org.dictum.search.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dictum.domain.InvalidInputException;

/**
 * One search: optional query text, facet selections (values of one facet are alternatives,
 * different facets must all hold), a date range and one page of hits.
 *
 * @param query   the user's query text, or null for everything
 * @param filters selected values per facet; absent facets are unfiltered
 * @param from    first day of the date range, inclusive, or null
 * @param to      last day of the date range, inclusive, or null
 * @param sort    null for the default: relevance with a query, newest first without
 * @param page    1-based page number
 * @param size    hits per page; 0 for counts and facets only
 * @param interval date histogram bucket width, or null to choose one from the date range
 * @param searchAfter a {@link Cursor} token from a previous answer, or null; replaces {@code page}
 * @param distinctStories only the origin of each story: later copies of a story (and their
 *                        statements) are left out, so that each story counts once
 */
public record SearchRequest(String query, Map<Facet, List<String>> filters, LocalDate from, LocalDate to,
                            SortOrder sort, int page, int size, Interval interval, String searchAfter,
                            boolean distinctStories) {

    /** The years a date range may name (see {@link #checkRangeYear}). */
    public static final int FIRST_RANGE_YEAR = 0;
    public static final int LAST_RANGE_YEAR = 9999;

    /** A request over every copy of every story. */
    public SearchRequest(String query, Map<Facet, List<String>> filters, LocalDate from, LocalDate to,
                         SortOrder sort, int page, int size, Interval interval, String searchAfter) {
        this(query, filters, from, to, sort, page, size, interval, searchAfter, false);
    }

    /** A request without a cursor. */
    public SearchRequest(String query, Map<Facet, List<String>> filters, LocalDate from, LocalDate to,
                         SortOrder sort, int page, int size, Interval interval) {
        this(query, filters, from, to, sort, page, size, interval, null);
    }

    /** A request with an automatic histogram interval. */
    public SearchRequest(String query, Map<Facet, List<String>> filters, LocalDate from, LocalDate to,
                         SortOrder sort, int page, int size) {
        this(query, filters, from, to, sort, page, size, null, null);
    }

    public SearchRequest {
        query = query == null || query.isBlank() ? null : query.strip();
        EnumMap<Facet, List<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            List<String> kept = values.stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
            if (!kept.isEmpty()) {
                copy.put(facet, kept);
            }
        });
        filters = Map.copyOf(copy);
        filters.getOrDefault(Facet.MONTH, List.of()).forEach(SearchRequest::checkMonth);
        checkRangeYear("from", from);
        checkRangeYear("to", to);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInputException("from", "from (" + from + ") must not be after to (" + to + ")");
        }
        Paging.page(page);
        Paging.atLeast("size", size, 0);   // 0: counts only
        if (sort == null) {
            sort = query == null ? SortOrder.NEWEST : SortOrder.RELEVANCE;
        }
        searchAfter = searchAfter == null || searchAfter.isBlank() ? null : searchAfter.strip();
        if (searchAfter != null && page != 1) {
            throw new InvalidInputException("page", "give either page or searchAfter, not both");
        }
        if (searchAfter != null) {
            // read now, not when a page is searched: an export or a network, which page on their own,
            // never read it and answered 200 for a cursor that search refuses with 400
            Cursor.parse(searchAfter, sort);
        }
    }

    /**
     * A range day within the years 0000 to 9999, ISO 8601's four-digit years: far wider than any archive, and
     * the histograms' buckets of days near {@link LocalDate#MIN} or {@link LocalDate#MAX} (from=-999999999-01-01)
     * fell outside the dates Java can hold, answering 500.
     */
    private static void checkRangeYear(String field, LocalDate day) {
        if (day != null && (day.getYear() < FIRST_RANGE_YEAR || day.getYear() > LAST_RANGE_YEAR)) {
            throw new InvalidInputException(field, field + " must lie in the years " + String.format("%04d", FIRST_RANGE_YEAR)
                    + " to " + LAST_RANGE_YEAR + ", was " + day);
        }
    }

    /** Month facet values are {@code yyyy-MM}, as the index keeps them: anything else would silently match nothing. */
    private static void checkMonth(String month) {
        try {
            YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("month", "month must be a year and month as yyyy-MM (2022-01), was '"
                    + month + "'");
        }
    }

    /** This request with other facet filters. */
    public SearchRequest withFilters(Map<Facet, List<String>> newFilters) {
        return new SearchRequest(query, newFilters, from, to, sort, page, size, interval, searchAfter, distinctStories);
    }

    /** This request with other query text (its sort, already chosen, stays). */
    public SearchRequest withQuery(String newQuery) {
        return new SearchRequest(newQuery, filters, from, to, sort, page, size, interval, searchAfter, distinctStories);
    }

    public List<String> selected(Facet facet) {
        return filters.getOrDefault(facet, List.of());
    }

    /** Where the hits start: the page's offset, or for a relevance cursor the offset it carries. */
    public int offset() {
        return Math.toIntExact(firstHit());
    }

    /** {@link #offset()} before {@link SearchLimits} checked it: in long, so that page times size cannot wrap around. */
    long firstHit() {
        Cursor cursor = cursor();
        if (cursor != null && sort == SortOrder.RELEVANCE) {
            return cursor.offset();
        }
        return cursor != null ? 0 : (page - 1L) * size;
    }

    public Cursor cursor() {
        return searchAfter == null ? null : Cursor.parse(searchAfter, sort);
    }
}
