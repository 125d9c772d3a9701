package org.dictum.search.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.statement.StatementStatus;
import org.dictum.persistence.DictumPersistenceUnit;
import org.dictum.search.collection.CollectionAccess;
import org.dictum.search.mapping.SearchFields;
import org.dictum.search.mapping.StatementStatusField;
import org.dictum.search.query.syntax.QueryParser;
import org.dictum.search.query.syntax.QuerySyntaxException;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/** Full-text, faceted search over statements. Rejected statements are never found. */
@ApplicationScoped
public class StatementSearch {

    public static final int MAX_ATTENTION_SERIES = 5;

    static final IndexedType<Statement> STATEMENTS = new IndexedType<>(
            Statement.class,
            new QueryFields(List.of(SearchFields.CONTENT), List.of(SearchFields.exact(SearchFields.CONTENT)), Map.of(
                    "speaker", SearchFields.words(SearchFields.SPEAKER),
                    "actor", SearchFields.words(SearchFields.ACTOR),
                    "topic", SearchFields.words(SearchFields.TOPIC),
                    "source", SearchFields.words(SearchFields.SOURCE),
                    "cue", SearchFields.words(SearchFields.CUE))),
            SearchFields.STATEMENT_DATE,
            histograms(),
            f -> f.bool().must(f.matchAll())
                    .mustNot(f.match().field(StatementStatusField.NAME).matching(StatementStatus.REJECTED.name()))
                    .mustNot(f.match().field(StatementStatusField.WITHDRAWN).matching(StatementStatusField.WITHDRAWN_VALUE)),
            Optional.of(new BooleanQuery.Builder()
                    .add(new MatchAllDocsQuery(), Occur.MUST)
                    .add(new TermQuery(new Term(StatementStatusField.NAME, StatementStatus.REJECTED.name())), Occur.MUST_NOT)
                    .add(new TermQuery(new Term(StatementStatusField.WITHDRAWN, StatementStatusField.WITHDRAWN_VALUE)), Occur.MUST_NOT)
                    .build()),
            List.of(SearchFields.CONTENT, SearchFields.exact(SearchFields.CONTENT)),
            100_000, 1,
            StatementHit.STORED_FIELDS,
            Optional.of(Statement.HIT_GRAPH),
            Optional.of(StatementHit.FROM_INDEX),
            statement -> statement.getStatementDate().orElse(null),
            Statement::getId);

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    @Inject
    SearchLimits limits;

    @Inject
    CurrentFilterNames currentNames;

    @Inject
    SearchBackend backend;

    @Inject
    CollectionAccess collections;

    private static Map<String, String> histograms() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("statement", SearchFields.STATEMENT_DATE);
        fields.put("published", SearchFields.PUBLISHED_DATE);
        return fields;
    }

    @Transactional
    public SearchPage<StatementHit> search(SearchRequest request) {
        request = currentNames.of(request, STATEMENTS.queryFields());
        limits.check(request);
        FacetedResult<Statement> result = query(request).run(request);
        return SearchPage.of(request, result, result.hits().stream().map(StatementHit::of).toList(), limits.resultWindow());
    }

    /** The ids of the first {@code max} statements the request finds, in its order, and how many it finds in all. */
    @Transactional
    public OrderedIds orderedIds(SearchRequest request, int max) {
        request = currentNames.of(request, STATEMENTS.queryFields());
        return query(request).orderedIds(request, max);
    }

    @Transactional
    public FacetValuePage facetValues(SearchRequest request, Facet facet, String prefix, int offset, int limit) {
        request = currentNames.of(request, STATEMENTS.queryFields());
        limits.checkWindow(offset, limit);
        return FacetValuePage.of(facet, query(request).allValues(request, facet, limits.maxFacetValues()), prefix,
                request.selected(facet), offset, limit);
    }

    /**
     * How often each of up to five queries was said over time, under the request's filters.
     *
     * @param date {@code statement} (when said) or {@code published} (when reported)
     */
    @Transactional
    public Attention attention(SearchRequest requested, List<String> queries, String date) {
        if (requested.query() != null && !requested.query().isBlank()) {
            // each series' query replaces q, so a q would be dropped unread (even a malformed one)
            throw new InvalidInputException("q", "q is not used by attention over time: each compare query is counted "
                    + "under the other filters; give the query as a compare");
        }
        SearchRequest base = currentNames.of(requested, STATEMENTS.queryFields());
        if (queries.isEmpty() || queries.size() > MAX_ATTENTION_SERIES) {
            throw new InvalidInputException("compare", "give 1 to " + MAX_ATTENTION_SERIES + " queries to compare");
        }
        String field = Optional.ofNullable(STATEMENTS.histogramFields().get(date)).orElseThrow(() ->
                new InvalidInputException("date", "date must be statement or published"));
        FacetedQuery<Statement> query = query(base);
        List<SearchRequest> requests = queries.stream().map(q -> withQuery(base, q)).toList();
        requireParsable(requests);
        List<SearchRequest> named = requests.stream().map(request -> request.withQuery(currentNames.query(request.query(), STATEMENTS.queryFields()))).toList();
        List<DayCounts> days = named.stream().map(request -> query.days(request, field)).toList();
        LocalDate first = base.from();
        LocalDate last = base.to();
        for (DayCounts series : days) {
            Optional<LocalDate[]> extent = series.extent();
            if (extent.isPresent()) {
                // the range holds every statement date, but publication dates may lie beyond it (as in the histograms)
                first = min(first, extent.get()[0]);
                last = max(last, extent.get()[1]);
            }
        }
        if (first == null || last == null) {
            return new Attention(date, base.interval() == null ? Interval.MONTH : base.interval(),
                    queries.stream().map(q -> new Attention.Series(q, 0, List.of())).toList());
        }
        Interval interval = base.interval() != null ? base.interval()
                : Interval.automatic(first, last, limits.autoHistogramBuckets());
        limits.checkBuckets(interval, first, last);
        List<Attention.Series> series = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            List<Histogram.Bucket> buckets = days.get(i).buckets(interval, first, last);
            long total = buckets.stream().mapToLong(Histogram.Bucket::count).sum();
            series.add(new Attention.Series(requests.get(i).query(), total, buckets));
        }
        return new Attention(date, interval, series);
    }

    /** The ids of the request's statement hits, at most {@code max}, ascending. */
    @Transactional
    public List<Long> matchingIds(SearchRequest request, int max) {
        request = currentNames.of(request, STATEMENTS.queryFields());
        return query(request).ids(request, max);
    }

    /** How many statements the request finds (for exports: no facets, no hits). */
    @Transactional
    public long count(SearchRequest request) {
        request = currentNames.of(request, STATEMENTS.queryFields());
        return query(request).count(request);
    }

    /**
     * The ids of the articles the request's statements belong to, each once, in the order of its first
     * statement. Reading stops after the chunk that brings them past {@code max}: a caller tells "more than
     * max" by the size.
     */
    @Transactional
    public Set<Long> articleIds(SearchRequest request, int chunkSize, int max) {
        request = currentNames.of(request, STATEMENTS.queryFields());
        Set<Long> ids = new LinkedHashSet<>();
        query(request).forEachChunk(request, chunkSize, chunk -> {
            chunk.forEach(statement -> ids.add(statement.getArticle().getId()));
            return ids.size() <= max;
        });
        return ids;
    }

    /**
     * Every statement the request finds, in its order, in chunks the consumer handles while they are
     * loaded (it answers false to stop); for exports and networks, bounded in memory by the chunk size.
     */
    @Transactional
    public void forEachChunk(SearchRequest request, int chunkSize, Predicate<List<Statement>> consumer) {
        request = currentNames.of(request, STATEMENTS.queryFields());
        query(request).forEachChunk(request, chunkSize, consumer);
    }

    /**
     * A query for the caller: filters by collections they may not see are refused, those values hidden
     * (looked up only when facet values are listed: exports, counts and ids need not).
     */
    private FacetedQuery<Statement> query(SearchRequest request) {
        collections.requireVisible(request.selected(Facet.COLLECTION));
        SearchSession session = Search.session(em);
        return new FacetedQuery<>(session, STATEMENTS, limits, backend.counting(session, STATEMENTS),
                facet -> facet == Facet.COLLECTION ? collections.hiddenSlugs() : Set.of());
    }

    /** A compare query that does not parse is named as such: the error said "q", which the client had not sent. */
    private static void requireParsable(List<SearchRequest> compared) {
        QueryParser parser = new QueryParser(STATEMENTS.queryFields().fieldNames());
        for (int i = 0; i < compared.size(); i++) {
            try {
                parser.parse(compared.get(i).query());
            } catch (QuerySyntaxException e) {
                throw e.inParameter("compare", "compare query " + (i + 1));
            }
        }
    }

    private static SearchRequest withQuery(SearchRequest base, String query) {
        if (query == null || query.isBlank()) {
            throw new InvalidInputException("compare", "a query to compare must not be empty");
        }
        return new SearchRequest(query, base.filters(), base.from(), base.to(), null, 1, 0, base.interval(), null,
                base.distinctStories());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
