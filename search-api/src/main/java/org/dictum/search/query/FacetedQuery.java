package org.dictum.search.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dictum.search.mapping.SearchFields;
import org.dictum.search.query.syntax.QueryParser;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.Range;

/**
 * Runs a faceted search over one indexed type. The hits query applies every filter and carries the
 * date histograms; a facet with a selection is counted by a second query that applies every filter
 * except its own, so choosing "Russia" leaves the other actors' counts visible (multi-select facets).
 */
final class FacetedQuery<E> {

    private final SearchSession session;
    private final IndexedType<E> type;
    private final SearchLimits limits;

    FacetedQuery(SearchSession session, IndexedType<E> type, SearchLimits limits) {
        this.session = session;
        this.type = type;
        this.limits = limits;
    }

    FacetedResult<E> run(SearchRequest request) {
        SearchScope<E> scope = session.scope(type.entity());
        SearchPredicate where = predicate(scope, request, null);
        Map<Facet, AggregationKey<Map<String, Long>>> facetKeys = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            facetKeys.put(facet, AggregationKey.of(facet.parameter()));
        }
        Map<String, HistogramPlan> plans = new LinkedHashMap<>();
        type.histogramFields().forEach((name, field) ->
                planHistogram(scope, where, request, field).ifPresent(plan -> plans.put(name, plan)));

        Cursor cursor = request.cursor();
        boolean dateCursor = cursor != null && request.sort() != SortOrder.RELEVANCE;
        SearchQueryOptionsStep<?, List<?>, ?, ?, ?> query = hitsQuery(scope, where, request);
        for (Facet facet : Facet.values()) {
            if (request.selected(facet).isEmpty()) {
                query = query.aggregation(facetKeys.get(facet), f -> terms(f, facet));
            }
        }
        for (HistogramPlan plan : plans.values()) {
            query = query.aggregation(plan.key(), f -> plan.aggregation(f));
        }
        SearchResult<List<?>> result = dateCursor ? query.fetch(0) : query.fetch(request.offset(), request.size() + 1);
        List<List<?>> rows = dateCursor
                ? hitsQuery(scope, afterCursor(scope, where, cursor), request).fetchHits(request.size() + 1)
                : result.hits();
        boolean more = rows.size() > request.size();
        List<Hit<E>> hits = hits(more ? rows.subList(0, request.size()) : rows, request);

        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            Map<String, Long> counts = request.selected(facet).isEmpty()
                    ? firstValues(result.aggregation(facetKeys.get(facet)))
                    : countExcludingOwnFilter(scope, request, facet, facetKeys.get(facet));
            facets.put(facet.parameter(), facetCounts(counts, request.selected(facet)));
        }
        List<Histogram> histograms = new ArrayList<>();
        plans.forEach((name, plan) -> histograms.add(plan.histogram(name, result.aggregation(plan.key()))));
        String next = more && !hits.isEmpty() ? nextCursor(request, hits.get(hits.size() - 1)) : null;
        return new FacetedResult<>(result.total().hitCount(), hits, facets, histograms, next);
    }

    private SearchQueryOptionsStep<?, List<?>, ?, ?, ?> hitsQuery(SearchScope<E> scope, SearchPredicate where,
                                                                  SearchRequest request) {
        return highlightedRows(session, scope, type, where).sort(f -> sort(f, request.sort()));
    }

    /**
     * Hits as rows {@code [entity, stemmed highlights, exact highlights]} (see {@link Hit#fromRow}),
     * HTML-escaped with matches in {@code <mark>}, fragments as the type wants them.
     */
    static <E> SearchQueryOptionsStep<?, List<?>, ?, ?, ?> highlightedRows(SearchSession session, SearchScope<E> scope,
                                                                          IndexedType<E> type, SearchPredicate where) {
        return session.search(scope)
                .select(f -> f.composite().from(f.entity(), f.highlight(type.highlightFields().get(0)),
                        f.highlight(type.highlightFields().get(1))).asList())
                .where(where)
                .highlighter(h -> h.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                        .fragmentSize(type.fragmentLength()).numberOfFragments(type.fragments())
                        .noMatchSize(type.fragmentLength()));
    }

    private String nextCursor(SearchRequest request, Hit<E> last) {
        E entity = last.entity();
        return Cursor.after(request.sort(), type.dateOf().apply(entity), type.idOf().apply(entity),
                request.offset() + request.size()).token();
    }

    /**
     * Hits after the cursor in date order (then id): dated hits beyond the cursor's date, the same
     * date with a further id, and the undated ones, which sort last.
     */
    private SearchPredicate afterCursor(SearchScope<E> scope, SearchPredicate where, Cursor cursor) {
        SearchPredicateFactory f = scope.predicate();
        String date = type.dateField();
        boolean newest = cursor.sort() == SortOrder.NEWEST;
        var undated = f.not(f.exists().field(date));
        var furtherId = newest ? f.range().field(SearchFields.ID).lessThan(cursor.id())
                : f.range().field(SearchFields.ID).greaterThan(cursor.id());
        if (cursor.date() == null) {
            return f.bool().must(where).filter(undated).filter(furtherId).toPredicate();
        }
        var furtherDate = newest ? f.range().field(date).lessThan(cursor.date())
                : f.range().field(date).greaterThan(cursor.date());
        var sameDate = f.bool().must(f.match().field(date).matching(cursor.date())).must(furtherId);
        return f.bool().must(where)
                .filter(f.bool().should(furtherDate).should(sameDate).should(undated).minimumShouldMatchNumber(1))
                .toPredicate();
    }

    private static <E> List<Hit<E>> hits(List<List<?>> rows, SearchRequest request) {
        return rows.stream().map(row -> Hit.<E>fromRow(row, request.query() != null)).toList();
    }

    /** Top values without the facet's own filter, plus exact counts of selected values beyond the top. */
    private Map<String, Long> countExcludingOwnFilter(SearchScope<E> scope, SearchRequest request, Facet facet,
                                                      AggregationKey<Map<String, Long>> key) {
        SearchPredicate withoutOwnFilter = predicate(scope, request, facet);
        Map<String, Long> counts = firstValues(session.search(scope)
                .where(withoutOwnFilter)
                .aggregation(key, f -> terms(f, facet))
                .fetch(0)
                .aggregation(key));
        for (String value : request.selected(facet)) {
            if (!counts.containsKey(value)) {
                counts.put(value, session.search(scope)
                        .where(f -> f.bool().must(withoutOwnFilter).filter(f.match().field(facet.field()).matching(value)))
                        .fetchTotalHitCount());
            }
        }
        return counts;
    }

    /** All values of one facet under the request's other filters, for facet value search and paging. */
    Map<String, Long> allValues(SearchRequest request, Facet facet, int maxValues) {
        SearchScope<E> scope = session.scope(type.entity());
        AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.parameter());
        return session.search(scope)
                .where(predicate(scope, request, facet))
                .aggregation(key, f -> f.terms().field(facet.field(), String.class).maxTermCount(maxValues))
                .fetch(0)
                .aggregation(key);
    }

    /** One histogram over the given date field, bucket ranges aligned for every series. */
    Histogram histogram(SearchRequest request, String name, String field, LocalDate first, LocalDate last, Interval interval) {
        SearchScope<E> scope = session.scope(type.entity());
        HistogramPlan plan = new HistogramPlan(field, interval, first, last);
        return plan.histogram(name, session.search(scope)
                .where(predicate(scope, request, null))
                .aggregation(plan.key(), plan::aggregation)
                .fetch(0)
                .aggregation(plan.key()));
    }

    /** Earliest and latest value of a date field among the request's hits, if any has one. */
    Optional<LocalDate[]> dateExtent(SearchRequest request, String field) {
        SearchScope<E> scope = session.scope(type.entity());
        return extent(scope, predicate(scope, request, null), field);
    }

    private Optional<HistogramPlan> planHistogram(SearchScope<E> scope, SearchPredicate where, SearchRequest request,
                                                  String field) {
        LocalDate first = request.from();
        LocalDate last = request.to();
        if (first == null || last == null) {
            Optional<LocalDate[]> extent = extent(scope, where, field);
            if (extent.isEmpty()) {
                return Optional.empty();
            }
            first = first == null ? extent.get()[0] : first;
            last = last == null ? extent.get()[1] : last;
        }
        Interval interval = request.interval() != null ? request.interval()
                : Interval.automatic(first, last, limits.autoHistogramBuckets());
        limits.checkBuckets(interval, first, last);
        return Optional.of(new HistogramPlan(field, interval, first, last));
    }

    private Optional<LocalDate[]> extent(SearchScope<E> scope, SearchPredicate where, String field) {
        List<LocalDate> earliest = session.search(scope)
                .select(f -> f.field(field, LocalDate.class))
                .where(f -> f.bool().must(where).filter(f.exists().field(field)))
                .sort(f -> f.field(field).asc())
                .fetchHits(1);
        if (earliest.isEmpty()) {
            return Optional.empty();
        }
        List<LocalDate> latest = session.search(scope)
                .select(f -> f.field(field, LocalDate.class))
                .where(f -> f.bool().must(where).filter(f.exists().field(field)))
                .sort(f -> f.field(field).desc())
                .fetchHits(1);
        return Optional.of(new LocalDate[] {earliest.get(0), latest.get(0)});
    }

    /**
     * The busiest values of a facet; for a facet read in value order (months), all values newest
     * first, because the backend would otherwise keep the busiest and only then sort them, leaving
     * out recent quiet months. {@link #firstValues} cuts the list.
     */
    private AggregationFinalStep<Map<String, Long>> terms(SearchAggregationFactory f, Facet facet) {
        var terms = f.terms().field(facet.field(), String.class);
        return facet.orderedByValue()
                ? terms.orderByTermDescending().maxTermCount(limits.maxFacetValues())
                : terms.maxTermCount(limits.facetValues());
    }

    /** The first {@code dictum.search.facet-values} entries, in the order the backend gave them. */
    private Map<String, Long> firstValues(Map<String, Long> counts) {
        Map<String, Long> first = new LinkedHashMap<>();
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            if (first.size() == limits.facetValues()) {
                break;
            }
            first.put(entry.getKey(), entry.getValue());
        }
        return first;
    }

    private SearchPredicate predicate(SearchScope<E> scope, SearchRequest request, Facet except) {
        SearchPredicateFactory f = scope.predicate();
        BooleanPredicateClausesStep<?> bool = f.bool().must(f.matchAll()).filter(type.alwaysFilter().apply(f));
        if (request.query() != null) {
            QueryParser parser = new QueryParser(type.queryFields().fieldNames());
            bool.must(new PredicateTranslator(f, type.queryFields()).translate(parser.parse(request.query())));
        }
        request.filters().forEach((facet, values) -> {
            if (facet != except) {
                bool.filter(f.terms().field(facet.field()).matchingAny(values));
            }
        });
        if (request.from() != null || request.to() != null) {
            bool.filter(f.range().field(type.dateField()).between(request.from(), request.to()));
        }
        return bool.toPredicate();
    }

    private SortFinalStep sort(SearchSortFactory f, SortOrder order) {
        return switch (order) {
            case RELEVANCE -> f.score().then().field(SearchFields.ID).desc();
            case NEWEST -> f.field(type.dateField()).desc().missing().last()
                    .then().field(SearchFields.ID).desc();
            case OLDEST -> f.field(type.dateField()).asc().missing().last()
                    .then().field(SearchFields.ID).asc();
        };
    }

    /** Counts as returned, plus every selected value even when nothing carries it any more. */
    private static List<FacetCount> facetCounts(Map<String, Long> counts, List<String> selected) {
        List<FacetCount> result = new ArrayList<>();
        counts.forEach((value, count) -> result.add(new FacetCount(value, count, selected.contains(value))));
        for (String value : selected) {
            if (!counts.containsKey(value)) {
                result.add(new FacetCount(value, 0, true));
            }
        }
        return result;
    }

    /** The buckets of one date histogram, computed before the query runs. */
    private static final class HistogramPlan {
        private final String field;
        private final Interval interval;
        private final List<LocalDate> starts = new ArrayList<>();
        private final AggregationKey<Map<Range<LocalDate>, Long>> key;

        HistogramPlan(String field, Interval interval, LocalDate first, LocalDate last) {
            this.field = field;
            this.interval = interval;
            for (LocalDate start = interval.bucketStart(first); !start.isAfter(last); start = interval.next(start)) {
                starts.add(start);
            }
            this.key = AggregationKey.of("histogram_" + field);
        }

        AggregationKey<Map<Range<LocalDate>, Long>> key() {
            return key;
        }

        AggregationFinalStep<Map<Range<LocalDate>, Long>> aggregation(SearchAggregationFactory f) {
            List<Range<LocalDate>> ranges = new ArrayList<>();
            for (LocalDate start : starts) {
                ranges.add(Range.canonical(start, interval.next(start)));
            }
            return f.range().field(field, LocalDate.class).ranges(ranges);
        }

        Histogram histogram(String name, Map<Range<LocalDate>, Long> counts) {
            List<Histogram.Bucket> buckets = new ArrayList<>();
            for (LocalDate start : starts) {
                LocalDate end = interval.next(start);
                buckets.add(new Histogram.Bucket(start, end, counts.getOrDefault(Range.canonical(start, end), 0L)));
            }
            return new Histogram(name, interval, buckets);
        }
    }
}
