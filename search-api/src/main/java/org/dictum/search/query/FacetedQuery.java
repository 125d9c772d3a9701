package org.dictum.search.query;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Runs a faceted search over one indexed type. The hits query applies every filter; a facet with
 * a selection is counted by a second query that applies every filter except its own, so choosing
 * "Russia" leaves the other actors' counts visible (multi-select facets).
 */
final class FacetedQuery<E> {

    private final SearchSession session;
    private final Class<E> type;
    private final String[] textFields;
    private final String dateField;
    private final Function<SearchPredicateFactory, PredicateFinalStep> alwaysFilter;

    FacetedQuery(SearchSession session, Class<E> type, String dateField,
                 Function<SearchPredicateFactory, PredicateFinalStep> alwaysFilter, String... textFields) {
        this.session = session;
        this.type = type;
        this.textFields = textFields;
        this.dateField = dateField;
        this.alwaysFilter = alwaysFilter;
    }

    SearchPage<E> run(SearchRequest request, int facetValues) {
        SearchScope<E> scope = session.scope(type);
        Map<Facet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            keys.put(facet, AggregationKey.of(facet.parameter()));
        }

        var query = session.search(scope)
                .where(predicate(scope, request, null))
                .sort(f -> sort(f, request.sort()));
        for (Facet facet : Facet.values()) {
            if (request.selected(facet).isEmpty()) {
                query = query.aggregation(keys.get(facet), f -> terms(f, facet, facetValues));
            }
        }
        SearchResult<E> result = query.fetch(request.offset(), request.size());

        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            Map<String, Long> counts = request.selected(facet).isEmpty()
                    ? result.aggregation(keys.get(facet))
                    : countExcludingOwnFilter(scope, request, facet, keys.get(facet), facetValues);
            facets.put(facet.parameter(), facetCounts(counts, request.selected(facet)));
        }
        return new SearchPage<>(result.total().hitCount(), request.page(), request.size(), result.hits(), facets);
    }

    /** Top values without the facet's own filter, plus exact counts of selected values beyond the top. */
    private Map<String, Long> countExcludingOwnFilter(SearchScope<E> scope, SearchRequest request, Facet facet,
                                                      AggregationKey<Map<String, Long>> key, int facetValues) {
        SearchPredicate withoutOwnFilter = predicate(scope, request, facet);
        Map<String, Long> counts = new LinkedHashMap<>(session.search(scope)
                .where(withoutOwnFilter)
                .aggregation(key, f -> terms(f, facet, facetValues))
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

    private static AggregationFinalStep<Map<String, Long>> terms(SearchAggregationFactory f, Facet facet,
                                                                 int facetValues) {
        var terms = f.terms().field(facet.field(), String.class).maxTermCount(facetValues);
        return facet.orderedByValue() ? terms.orderByTermDescending() : terms;
    }

    private SearchPredicate predicate(SearchScope<E> scope, SearchRequest request, Facet except) {
        SearchPredicateFactory f = scope.predicate();
        BooleanPredicateClausesStep<?> bool = f.bool().must(f.matchAll()).filter(alwaysFilter.apply(f));
        if (request.query() != null) {
            bool.must(f.simpleQueryString().fields(textFields).matching(request.query())
                    .defaultOperator(BooleanOperator.AND));
        }
        request.filters().forEach((facet, values) -> {
            if (facet != except) {
                bool.filter(f.terms().field(facet.field()).matchingAny(values));
            }
        });
        if (request.from() != null || request.to() != null) {
            bool.filter(f.range().field(dateField).between(request.from(), request.to()));
        }
        return bool.toPredicate();
    }

    private SortFinalStep sort(SearchSortFactory f, SortOrder order) {
        return switch (order) {
            case RELEVANCE -> f.score();
            case NEWEST -> f.field(dateField).desc().missing().last().then().score();
            case OLDEST -> f.field(dateField).asc().missing().last().then().score();
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
