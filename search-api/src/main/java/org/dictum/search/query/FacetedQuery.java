package org.dictum.search.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.dictum.search.mapping.SearchFields;
import org.dictum.search.mapping.StatementStatusField;
import org.dictum.search.query.Counting.Counted;
import org.dictum.search.query.Counting.CountedPage;
import org.dictum.search.query.Counting.Counts;
import org.dictum.search.query.Counting.FacetPlan;
import org.dictum.search.query.syntax.QueryParser;
import org.hibernate.MultiIdentifierLoadAccess;
import org.hibernate.Session;
import org.hibernate.graph.GraphSemantic;
import org.hibernate.graph.RootGraph;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Runs a faceted search over one indexed type. The backend's {@link Counting} counts the total,
 * every facet (each under every filter but its own, so choosing "Russia" leaves the other actors'
 * counts visible: multi-select facets) and the hits per day, from which the histograms and their
 * date range follow. Where the counting pass also finds the page of hits (the embedded index), with
 * their highlights and stored fields, only their entities are loaded; elsewhere a Hibernate Search
 * query with every filter fetches the page.
 */
final class FacetedQuery<E> {

    private final SearchSession session;
    private final IndexedType<E> type;
    private final SearchLimits limits;
    private final Counting counting;
    private final Function<Facet, Set<String>> hiddenValues;

    /**
     * @param counting     how the backend counts; {@link #run} lets it count while this thread fetches the hits
     * @param hiddenValues the values of a facet the caller may not see (private collections): never listed. Asked
     *                     only for a facet that has counted values to list ({@link #run}, {@link #allValues})
     */
    FacetedQuery(SearchSession session, IndexedType<E> type, SearchLimits limits, Counting counting,
                 Function<Facet, Set<String>> hiddenValues) {
        this.session = session;
        this.type = type;
        this.limits = limits;
        this.counting = counting;
        this.hiddenValues = hiddenValues;
    }

    FacetedResult<E> run(SearchRequest request) {
        List<FacetPlan> plans = facetPlans(request, null);
        List<String> dateFields = List.copyOf(type.histogramFields().values());
        Optional<CountedPage> inPass = counting.countWithPage(request, plans, dateFields);
        Counts counts;
        HitsPage<E> page;
        if (inPass.isPresent()) {
            counts = inPass.get().counts();
            page = hitsFound(request, inPass.get());
        } else {
            Counted<HitsPage<E>> counted = counting.count(request, plans, dateFields, () -> hitsPage(request));
            counts = counted.counts();
            page = counted.meanwhile();
        }
        List<Histogram> histograms = new ArrayList<>();
        type.histogramFields().forEach((name, field) ->
                histogram(request, name, counts.days().get(field), limits).ifPresent(histograms::add));

        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            Map<String, Long> all = visible(facet, counts.facets().getOrDefault(facet, Map.of()));
            Map<String, Long> shown = firstValues(facet, all);
            for (String value : request.selected(facet)) {
                Long count = all.get(value);
                if (count != null) {
                    shown.putIfAbsent(value, count);
                }
            }
            facets.put(facet.parameter(), facetCounts(shown, request.selected(facet)));
        }
        return new FacetedResult<>(counts.total(), page.hits(), facets, histograms, page.nextCursor());
    }

    /** How many hits the request has under all its filters (one count on the index, no facets). */
    long count(SearchRequest request) {
        SearchScope<E> scope = session.scope(type.entity());
        return session.search(scope).where(predicate(scope, type, request, null)).fetchTotalHitCount();
    }

    /**
     * Hands every hit of the request, in the request's order, to {@code consumer} in chunks of at most
     * {@code chunkSize} loaded entities, until it answers false. The persistence context is cleared
     * after each chunk, so memory holds one chunk however many hits there are.
     */
    void forEachChunk(SearchRequest request, int chunkSize, Predicate<List<E>> consumer) {
        SearchScope<E> scope = session.scope(type.entity());
        try (SearchScroll<E> scroll = session.search(scope).where(predicate(scope, type, request, null))
                .sort(f -> sort(f, request.sort())).scroll(chunkSize)) {
            for (SearchScrollResult<E> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                boolean more = consumer.test(chunk.hits());
                session.toEntityManager().clear();
                if (!more) {
                    return;
                }
            }
        }
    }

    /** The ids of the first {@code max} hits in the request's order, and the total: what freezing a search records. */
    OrderedIds orderedIds(SearchRequest request, int max) {
        SearchScope<E> scope = session.scope(type.entity());
        SearchResult<Long> result = session.search(scope)
                .select(f -> f.id(Long.class))
                .where(predicate(scope, type, request, null))
                .sort(f -> sort(f, request.sort()))
                .fetch(max);
        return new OrderedIds(result.hits(), result.total().hitCount());
    }

    /** One page of hits and the cursor after it (null after the last page). */
    private record HitsPage<E>(List<Hit<E>> hits, String nextCursor) {
    }

    private HitsPage<E> hitsPage(SearchRequest request) {
        if (request.size() == 0) {
            return new HitsPage<>(List.of(), null);
        }
        SearchScope<E> scope = session.scope(type.entity());
        SearchPredicate where = predicate(scope, type, request, null);
        Cursor cursor = request.cursor();
        List<List<?>> rows = cursor != null && request.sort() != SortOrder.RELEVANCE
                ? hitsQuery(scope, afterCursor(scope, where, cursor), request).fetchHits(request.size() + 1)
                : hitsQuery(scope, where, request).fetchHits(request.offset(), request.size() + 1);
        boolean more = rows.size() > request.size();
        List<Hit<E>> hits = hits(more ? rows.subList(0, request.size()) : rows, request);
        return new HitsPage<>(hits, more && !hits.isEmpty() ? nextCursor(request, hits.get(hits.size() - 1)) : null);
    }

    /**
     * The hits a counting pass found, with the highlights and stored fields it read from the index, in
     * the pass's order. A hit whose stored fields suffice ({@link IndexedType#storedHits}) is shown from
     * them; the others' entities are loaded from the database in one query, and one deleted since the
     * pass is left out.
     */
    private HitsPage<E> hitsFound(SearchRequest request, CountedPage found) {
        if (found.hits().isEmpty()) {
            return new HitsPage<>(List.of(), null);
        }
        Set<Long> idsToLoad = found.hits().stream()
                .filter(hit -> type.storedHits().map(stored -> !stored.complete(hit.stored())).orElse(true))
                .map(IndexedHit::id).collect(Collectors.toSet());
        Map<Long, E> loaded = load(idsToLoad);
        List<Hit<E>> hits = new ArrayList<>();
        for (IndexedHit hit : found.hits()) {
            E entity = loaded.get(hit.id());
            if (entity != null || !idsToLoad.contains(hit.id())) {
                hits.add(new Hit<>(hit.id(), entity, hit.highlights(), hit.stored(), hit.text()));
            }
        }
        return new HitsPage<>(hits, found.more() && !hits.isEmpty() ? nextCursor(request, hits.get(hits.size() - 1)) : null);
    }

    /** The entities of these hits, by id, loaded in one query with the type's hit graph; none for a deleted one. */
    private Map<Long, E> load(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Session orm = session.toEntityManager().unwrap(Session.class);
        MultiIdentifierLoadAccess<E> load = orm.byMultipleIds(type.entity());
        type.hitGraph().ifPresent(graph -> load.with(hitGraph(orm, graph), GraphSemantic.FETCH));
        Map<Long, E> byId = new HashMap<>();
        for (E entity : load.multiLoad(List.copyOf(ids))) {
            if (entity != null) {
                byId.put(type.idOf().apply(entity), entity);
            }
        }
        return byId;
    }

    @SuppressWarnings("unchecked")
    private RootGraph<E> hitGraph(Session orm, String name) {
        return (RootGraph<E>) orm.getEntityGraph(name);
    }

    /**
     * The histogram of one date field: over {@code from}/{@code to} and the hits' own dates. Where the range filters
     * the field, its hits lie within it; where not, they may lie beyond: a statement search's range filters statement
     * dates, and its statements' publication dates can fall outside it (said on the 31st, reported on the 1st).
     * That histogram was cut to the range, dropping them, so that its bars summed to less than the dated hits.
     * Without a range (or half of one) and without dated hits there is no histogram.
     */
    static Optional<Histogram> histogram(SearchRequest request, String name, DayCounts days, SearchLimits limits) {
        LocalDate first = request.from();
        LocalDate last = request.to();
        Optional<LocalDate[]> extent = days.extent();
        if (extent.isPresent()) {
            first = first == null || extent.get()[0].isBefore(first) ? extent.get()[0] : first;
            last = last == null || extent.get()[1].isAfter(last) ? extent.get()[1] : last;
        }
        if (first == null || last == null) {
            return Optional.empty();
        }
        Interval interval = request.interval() != null ? request.interval()
                : Interval.automatic(first, last, limits.autoHistogramBuckets());
        limits.checkBuckets(interval, first, last);
        return Optional.of(new Histogram(name, interval, days.buckets(interval, first, last)));
    }

    /** The hits of the request per day of one date field, counted in one pass. */
    DayCounts days(SearchRequest request, String field) {
        return counting.count(request, facetPlans(request, EMPTY), List.of(field), null).counts()
                .days().get(field);
    }

    /** All values of one facet under the request's other filters, for facet value search and paging. */
    Map<String, Long> allValues(SearchRequest request, Facet facet, int maxValues) {
        Map<String, Long> all = visible(facet, counting.count(request, facetPlans(request, EnumSet.of(facet)), List.of(), null)
                .counts().facets().get(facet));
        Map<String, Long> busiest = new LinkedHashMap<>();
        all.entrySet().stream().sorted(BY_COUNT).limit(maxValues)
                .forEach(entry -> busiest.put(entry.getKey(), entry.getValue()));
        return busiest;
    }

    /** The ids of the request's hits, at most {@code max}, ascending: for acting on a whole result. */
    List<Long> ids(SearchRequest request, int max) {
        SearchScope<E> scope = session.scope(type.entity());
        return session.search(scope)
                .select(f -> f.field(SearchFields.ID, Long.class))
                .where(predicate(scope, type, request, null))
                .sort(f -> f.field(SearchFields.ID).asc())
                .fetchHits(max);
    }

    /** The counted values of a facet without those the caller may not see. */
    private Map<String, Long> visible(Facet facet, Map<String, Long> counted) {
        if (counted.isEmpty()) {
            return counted;
        }
        Set<String> hidden = hiddenValues.apply(facet);
        if (hidden.isEmpty()) {
            return counted;
        }
        Map<String, Long> shown = new LinkedHashMap<>(counted);
        shown.keySet().removeAll(hidden);
        return shown;
    }

    private static final Set<Facet> EMPTY = EnumSet.noneOf(Facet.class);

    private static final Comparator<Map.Entry<String, Long>> BY_COUNT =
            Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    /** Every facet with its selection; {@code counted} null counts them all. */
    private static List<FacetPlan> facetPlans(SearchRequest request, Set<Facet> counted) {
        List<FacetPlan> plans = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            boolean counts = counted == null || counted.contains(facet);
            if (counts || !request.selected(facet).isEmpty()) {
                plans.add(new FacetPlan(facet, request.selected(facet), counts));
            }
        }
        return plans;
    }

    private SearchQueryOptionsStep<?, List<?>, ?, ?, ?> hitsQuery(SearchScope<E> scope, SearchPredicate where,
                                                                  SearchRequest request) {
        return highlightedRows(session, scope, type, where).sort(f -> sort(f, request.sort()));
    }

    /**
     * Hits as rows {@code [entity, stemmed highlights, exact highlights, stored fields...]} (see
     * {@link Hit#fromRow}), HTML-escaped with matches in {@code <mark>}, fragments as the type wants
     * them, entities loaded with what showing them touches. A field without a match has no fragment:
     * Hibernate Search's "no match size" would return the start of the field as it is stored, not
     * HTML-escaped, which a page that shows highlights as markup must never get.
     */
    static <E> SearchQueryOptionsStep<?, List<?>, ?, ?, ?> highlightedRows(SearchSession session, SearchScope<E> scope,
                                                                          IndexedType<E> type, SearchPredicate where) {
        var query = session.search(scope)
                .select(f -> {
                    List<SearchProjection<?>> columns = new ArrayList<>();
                    columns.add(f.entity().toProjection());
                    type.highlightFields().forEach(field -> columns.add(f.highlight(field).toProjection()));
                    type.storedFields().forEach(field -> columns.add(f.field(field, String.class).toProjection()));
                    return f.composite().from(columns.toArray(SearchProjection<?>[]::new)).asList();
                })
                .where(where)
                .highlighter(h -> h.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                        .fragmentSize(type.fragmentLength()).numberOfFragments(type.fragments()));
        type.hitGraph().ifPresent(graph -> query.loading(o -> o.graph(graph, GraphSemantic.FETCH)));
        return query;
    }

    private String nextCursor(SearchRequest request, Hit<E> last) {
        LocalDate date = last.entity() != null ? type.dateOf().apply(last.entity())
                : type.storedHits().orElseThrow().date(last.stored());
        return Cursor.after(request.sort(), date, last.id(), request.offset() + request.size()).token();
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

    private List<Hit<E>> hits(List<List<?>> rows, SearchRequest request) {
        return rows.stream().map(row -> Hit.<E>fromRow(row, request.query() != null, type.idOf())).toList();
    }

    /**
     * The first {@code dictum.search.facet-values} values of a facet: the busiest (ties by name),
     * or for a facet read in value order (months) the newest.
     */
    private Map<String, Long> firstValues(Facet facet, Map<String, Long> counts) {
        Comparator<Map.Entry<String, Long>> order = FacetValuePage.order(facet);
        Map<String, Long> first = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(order).limit(limits.facetValues())
                .forEach(entry -> first.put(entry.getKey(), entry.getValue()));
        return first;
    }

    /** The request as a Hibernate Search predicate, with every facet filter but {@code except}'s (null: all). */
    static <E> SearchPredicate predicate(SearchScope<E> scope, IndexedType<E> type, SearchRequest request, Facet except) {
        SearchPredicateFactory f = scope.predicate();
        BooleanPredicateClausesStep<?> bool = f.bool().must(f.matchAll()).filter(type.alwaysFilter().apply(f));
        if (request.distinctStories()) {
            bool.mustNot(f.match().field(StatementStatusField.STORY_COPY).matching(StatementStatusField.WITHDRAWN_VALUE));
        }
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
}
