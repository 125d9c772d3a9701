package org.dictum.search.query;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Counting on a search server (the Elasticsearch backend, e.g. OpenSearch), where there is no index
 * reader to walk: Hibernate Search terms aggregations. One search with every filter gives the total,
 * the facets nobody filters by and the hits per day (a terms aggregation on the date field, one
 * bucket per day with hits); each facet with a selection that is counted gets a search of its own
 * without its own filter (multi-select). The searches fetch no hits, only counts.
 *
 * <p>Facets are counted up to {@code dictum.search.max-facet-values} values each, the busiest
 * first; days up to {@link #MAX_DAYS} distinct days with hits.
 */
final class AggregationCounting<E> implements Counting {

    /** Distinct days counted per date field: about 160 years of daily hits, within the server's bucket limit. */
    static final int MAX_DAYS = 60_000;

    private final SearchSession session;
    private final IndexedType<E> type;
    private final int maxFacetValues;

    AggregationCounting(SearchSession session, IndexedType<E> type, int maxFacetValues) {
        this.session = session;
        this.type = type;
        this.maxFacetValues = maxFacetValues;
    }

    /** The hits page ({@code meanwhile}) first, then the counts: one session, one thread. */
    @Override
    public <T> Counted<T> count(SearchRequest request, List<FacetPlan> facets, List<String> dateFields,
                               Supplier<T> meanwhile) {
        T done = meanwhile == null ? null : meanwhile.get();
        return new Counted<>(counts(request, facets, dateFields), done);
    }

    private Counts counts(SearchRequest request, List<FacetPlan> facets, List<String> dateFields) {
        SearchScope<E> scope = session.scope(type.entity());
        Map<Facet, AggregationKey<Map<String, Long>>> facetKeys = new EnumMap<>(Facet.class);
        Map<String, AggregationKey<Map<LocalDate, Long>>> dayKeys = new LinkedHashMap<>();
        var everyFilter = session.search(scope).where(FacetedQuery.predicate(scope, type, request, null));
        for (FacetPlan plan : facets) {
            if (plan.counted() && plan.selected().isEmpty()) {
                AggregationKey<Map<String, Long>> key = facetKey(plan.facet());
                facetKeys.put(plan.facet(), key);
                everyFilter.aggregation(key, f -> f.terms().field(plan.facet().field(), String.class)
                        .maxTermCount(maxFacetValues));
            }
        }
        for (String field : dateFields) {
            AggregationKey<Map<LocalDate, Long>> key = AggregationKey.of("days_" + field);
            dayKeys.put(field, key);
            everyFilter.aggregation(key, f -> f.terms().field(field, LocalDate.class).maxTermCount(MAX_DAYS));
        }
        SearchResult<?> result = everyFilter.fetch(0);

        Map<Facet, Map<String, Long>> facetCounts = new EnumMap<>(Facet.class);
        facetKeys.forEach((facet, key) -> facetCounts.put(facet, result.aggregation(key)));
        for (FacetPlan plan : facets) {
            if (plan.counted() && !plan.selected().isEmpty()) {
                facetCounts.put(plan.facet(), sideways(scope, request, plan.facet()));
            }
        }
        Map<String, DayCounts> days = new LinkedHashMap<>();
        dayKeys.forEach((field, key) -> days.put(field, DayCounts.of(result.aggregation(key))));
        return new Counts(result.total().hitCount(), facetCounts, days);
    }

    /** One facet's values under every filter but its own. */
    private Map<String, Long> sideways(SearchScope<E> scope, SearchRequest request, Facet facet) {
        AggregationKey<Map<String, Long>> key = facetKey(facet);
        return session.search(scope)
                .where(FacetedQuery.predicate(scope, type, request, facet))
                .aggregation(key, f -> f.terms().field(facet.field(), String.class).maxTermCount(maxFacetValues))
                .fetch(0)
                .aggregation(key);
    }

    private static AggregationKey<Map<String, Long>> facetKey(Facet facet) {
        return AggregationKey.of("facet_" + facet.parameter());
    }
}
