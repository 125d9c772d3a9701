package org.dictum.search.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.ArticleRepository;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.story.StoryCopies;
import org.dictum.domain.statement.StatementStatus;
import org.dictum.persistence.DictumPersistenceUnit;
import org.dictum.search.collection.CollectionAccess;
import org.dictum.search.mapping.SearchFields;
import org.dictum.search.mapping.StatementStatusField;
import org.dictum.search.query.syntax.QueryNode;
import org.dictum.search.query.syntax.QueryParser;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.Search;

/** Full-text, faceted search over articles (headline and main text), each hit with its matching statements. */
@ApplicationScoped
public class ArticleSearch {

    private static final int STATEMENTS_PER_ARTICLE = 3;

    static final IndexedType<Article> ARTICLES = new IndexedType<>(
            Article.class,
            new QueryFields(List.of(SearchFields.TITLE, SearchFields.MAIN_TEXT),
                    List.of(SearchFields.exact(SearchFields.TITLE), SearchFields.exact(SearchFields.MAIN_TEXT)), Map.of(
                    "speaker", SearchFields.words(SearchFields.SPEAKER),
                    "actor", SearchFields.words(SearchFields.ACTOR),
                    "topic", SearchFields.words(SearchFields.TOPIC),
                    "source", SearchFields.words(SearchFields.SOURCE))),
            SearchFields.PUBLISHED_DATE,
            Map.of("published", SearchFields.PUBLISHED_DATE),
            f -> f.bool().must(f.matchAll())
                    .mustNot(f.match().field(StatementStatusField.WITHDRAWN).matching(StatementStatusField.WITHDRAWN_VALUE)),
            Optional.of(new BooleanQuery.Builder()
                    .add(new MatchAllDocsQuery(), Occur.MUST)
                    .add(new TermQuery(new Term(StatementStatusField.WITHDRAWN, StatementStatusField.WITHDRAWN_VALUE)), Occur.MUST_NOT)
                    .build()),
            List.of(SearchFields.MAIN_TEXT, SearchFields.exact(SearchFields.MAIN_TEXT)),
            240, 2,
            List.of(),
            Optional.empty(),
            Optional.empty(),
            article -> article.getPublicationDay().orElse(null),
            Article::getId);

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

    @Inject
    StoryCopies stories;

    @Inject
    ArticleRepository articles;

    @Transactional
    public SearchPage<ArticleHit> search(SearchRequest request) {
        request = currentNames.of(request, ARTICLES.queryFields());
        limits.check(request);
        FacetedResult<Article> result = query(request).run(request);
        Map<Long, List<StatementHit>> statements = matchingStatements(request, result.hits());
        Map<Long, Long> copies = stories.copiesPerStory(
                result.hits().stream().map(hit -> hit.entity().getStoryId()).distinct().toList());
        List<ArticleHit> hits = result.hits().stream()
                .map(hit -> ArticleHit.of(hit.entity(), hit.highlights(),
                        statements.getOrDefault(hit.entity().getId(), List.of()),
                        copies.getOrDefault(hit.entity().getStoryId(), 1L)))
                .toList();
        return SearchPage.of(request, result, hits, limits.resultWindow());
    }

    /** The ids of the first {@code max} articles the request finds, in its order, and how many it finds in all. */
    @Transactional
    public OrderedIds orderedIds(SearchRequest request, int max) {
        request = currentNames.of(request, ARTICLES.queryFields());
        return query(request).orderedIds(request, max);
    }

    @Transactional
    public FacetValuePage facetValues(SearchRequest request, Facet facet, String prefix, int offset, int limit) {
        request = currentNames.of(request, ARTICLES.queryFields());
        limits.checkWindow(offset, limit);
        return FacetValuePage.of(facet, query(request).allValues(request, facet, limits.maxFacetValues()), prefix,
                request.selected(facet), offset, limit);
    }

    /** The ids of the request's article hits, at most {@code max}, ascending. */
    @Transactional
    public List<Long> matchingIds(SearchRequest request, int max) {
        request = currentNames.of(request, ARTICLES.queryFields());
        return query(request).ids(request, max);
    }

    /**
     * A query for the caller: filters by collections they may not see are refused, those values hidden
     * (looked up only when facet values are listed: exports, counts and ids need not).
     */
    private FacetedQuery<Article> query(SearchRequest request) {
        collections.requireVisible(request.selected(Facet.COLLECTION));
        SearchSession session = Search.session(em);
        return new FacetedQuery<>(session, ARTICLES, limits, backend.counting(session, ARTICLES),
                facet -> facet == Facet.COLLECTION ? collections.hiddenSlugs() : Set.of());
    }

    /** How many articles the request finds (for exports: no facets, no hits). */
    @Transactional
    public long count(SearchRequest request) {
        request = currentNames.of(request, ARTICLES.queryFields());
        return query(request).count(request);
    }

    /**
     * The articles with these ids that are not withdrawn, in the order of {@code ids}, in chunks the consumer
     * handles while they are loaded (it answers false to stop).
     */
    @Transactional
    public void forEachOf(List<Long> ids, int chunkSize, Predicate<List<Article>> consumer) {
        for (int from = 0; from < ids.size(); from += chunkSize) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + chunkSize));
            Map<Long, Article> loaded = new HashMap<>();
            articles.notWithdrawnAmong(chunk).forEach(article -> loaded.put(article.getId(), article));
            boolean more = consumer.test(chunk.stream().map(loaded::get).filter(Objects::nonNull).toList());
            em.clear();
            if (!more) {
                return;
            }
        }
    }

    /** Every article the request finds, in its order, in chunks the consumer handles while they are loaded. */
    @Transactional
    public void forEachChunk(SearchRequest request, int chunkSize, Predicate<List<Article>> consumer) {
        request = currentNames.of(request, ARTICLES.queryFields());
        query(request).forEachChunk(request, chunkSize, consumer);
    }

    /** With a query: the best-matching statements of each hit; without: each hit's first statements. */
    private Map<Long, List<StatementHit>> matchingStatements(SearchRequest request, List<Hit<Article>> hits) {
        Map<Long, List<StatementHit>> byArticle = new HashMap<>();
        if (hits.isEmpty()) {
            return byArticle;
        }
        if (request.query() == null) {
            for (Hit<Article> hit : hits) {
                byArticle.put(hit.entity().getId(), hit.entity().getStatements().stream()
                        .filter(s -> s.getStatus() != StatementStatus.REJECTED)
                        .limit(STATEMENTS_PER_ARTICLE).map(s -> StatementHit.of(s, List.of())).toList());
            }
            return byArticle;
        }
        List<Long> ids = hits.stream().map(hit -> hit.entity().getId()).toList();
        IndexedType<Statement> statements = StatementSearch.STATEMENTS;
        QueryNode parsed = new QueryParser(statements.queryFields().fieldNames()).parse(request.query());
        SearchSession session = Search.session(em);
        SearchScope<Statement> scope = session.scope(Statement.class);
        SearchPredicateFactory f = scope.predicate();
        SearchPredicate matching = f.bool()
                .must(new PredicateTranslator(f, statements.queryFields()).translate(parsed))
                .filter(f.terms().field(SearchFields.ARTICLE_ID).matchingAny(ids))
                .filter(statements.alwaysFilter().apply(f))
                .toPredicate();
        // ties in document order: which of equally good statements an article shows must not be the index's order
        List<List<?>> rows = FacetedQuery.highlightedRows(session, scope, statements, matching)
                .sort(order -> order.score().then().field(SearchFields.ID).asc())
                .fetchHits(ids.size() * STATEMENTS_PER_ARTICLE * 4);
        for (List<?> row : rows) {
            Hit<Statement> hit = Hit.fromRow(row, true, Statement::getId);
            List<StatementHit> list = byArticle.computeIfAbsent(hit.entity().getArticle().getId(), id -> new ArrayList<>());
            if (list.size() < STATEMENTS_PER_ARTICLE) {
                list.add(StatementHit.of(hit));
            }
        }
        return byArticle;
    }

}
