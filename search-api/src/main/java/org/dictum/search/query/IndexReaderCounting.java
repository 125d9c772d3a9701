package org.dictum.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.dictum.search.mapping.StatementStatusField;
import org.dictum.search.query.syntax.QueryParser;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Counting on the embedded Lucene backend: one native pass ({@link SidewaysCounting}) over Hibernate
 * Search's index readers, with the request translated to a Lucene query ({@link LuceneQueryTranslator})
 * and the type's native filter. With work to do meanwhile, the pass runs on the counting executor;
 * a search's page of hits is found in the same pass ({@link #countWithPage}).
 */
final class IndexReaderCounting<E> implements Counting {

    private final SearchSession session;
    private final IndexedType<E> type;
    private final Executor executor;
    private final int parallelism;
    private Analyzer searchAnalyzer;

    /** @param parallelism how many slices of a large index a search passes over at once ({@link SlicedSearcher}) */
    IndexReaderCounting(SearchSession session, IndexedType<E> type, Executor executor, int parallelism) {
        this.session = session;
        this.type = type;
        this.executor = executor;
        this.parallelism = parallelism;
    }

    /**
     * Counts in one pass; with {@code meanwhile}, on the counting executor while this thread does
     * that work, otherwise on this thread. The index reader stays open until the counting is done.
     */
    @Override
    public <T> Counted<T> count(SearchRequest request, List<FacetPlan> facets, List<String> dateFields,
                               Supplier<T> meanwhile) {
        Query query = nativeQuery(request);
        try (IndexReader reader = openIndexReader()) {
            CompletableFuture<Counts> counting = CompletableFuture.supplyAsync(() ->
                    SidewaysCounting.count(new IndexSearcher(reader), query, facets, dateFields),
                    meanwhile == null ? Runnable::run : executor);
            T done;
            try {
                done = meanwhile == null ? null : meanwhile.get();
            } catch (RuntimeException e) {
                counting.handle((counts, failure) -> null).join(); // the reader must outlive the counting
                throw e;
            }
            return new Counted<>(finished(counting), done);
        } catch (IOException e) {
            throw new UncheckedIOException("Closing an index reader failed", e);
        }
    }

    /**
     * Counts and keeps the page's hits in one pass, and reads their stored fields and highlights
     * from the same reader: for every request but a date-ordered cursor, whose position the pass
     * does not filter by. A large index is passed over in slices of its
     * segments at once, on this thread and the counting executor's ({@link SlicedSearcher}).
     */
    @Override
    public Optional<CountedPage> countWithPage(SearchRequest request, List<FacetPlan> facets, List<String> dateFields) {
        if (request.cursor() != null && request.sort() != SortOrder.RELEVANCE) {
            return Optional.empty();
        }
        int offset = request.offset();
        int keep = request.size() == 0 ? 0 : offset + request.size() + 1;
        Query query = nativeQuery(request);
        try (IndexReader reader = openIndexReader()) {
            SidewaysCounting.Pass pass = SidewaysCounting.pass(
                    new SlicedSearcher(reader, executor, parallelism, SlicedSearcher.MIN_DOCS_PER_SLICE), query, facets, dateFields,
                    new TopHits.Plan(request.sort(), type.dateField(), keep));
            List<TopHits.TopDoc> page = pass.top().stream().skip(offset).limit(request.size()).toList();
            List<IndexedHit> hits = new IndexedPageReader(type, searchAnalyzer())
                    .read(reader, page, request.query() == null ? null : query);
            return Optional.of(new CountedPage(pass.counts(), hits, pass.top().size() > offset + request.size()));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a page of hits or closing an index reader failed", e);
        }
    }

    private static Counts finished(CompletableFuture<Counts> counting) {
        try {
            return counting.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private IndexReader openIndexReader() {
        return session.scope(type.entity()).extension(LuceneExtension.get()).openIndexReader();
    }

    /** The request without its facet filters, as a Lucene query: what the one pass runs. */
    private Query nativeQuery(SearchRequest request) {
        BooleanQuery.Builder bool = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
        type.luceneFilter().ifPresent(filter -> bool.add(filter, Occur.FILTER));
        if (request.distinctStories()) {
            bool.add(new TermQuery(new Term(StatementStatusField.STORY_COPY, StatementStatusField.WITHDRAWN_VALUE)),
                    Occur.MUST_NOT);
        }
        if (request.query() != null) {
            QueryParser parser = new QueryParser(type.queryFields().fieldNames());
            bool.add(new LuceneQueryTranslator(searchAnalyzer(), type.queryFields()).translate(parser.parse(request.query())),
                    Occur.MUST);
        }
        if (request.from() != null || request.to() != null) {
            bool.add(LongPoint.newRangeQuery(type.dateField(),
                    request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay(),
                    request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay()), Occur.FILTER);
        }
        return bool.build();
    }

    /** The index's search analyzer, looked up once per counting (the query and the highlights need it). */
    private Analyzer searchAnalyzer() {
        if (searchAnalyzer == null) {
            searchAnalyzer = Search.mapping(session.toEntityManager().getEntityManagerFactory())
                    .indexedEntity(type.entity()).indexManager().unwrap(LuceneIndexManager.class).searchAnalyzer();
        }
        return searchAnalyzer;
    }
}
