package org.dictum.search.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.engine.backend.Backend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * The search backend the persistence unit runs on ({@code dictum.search.backend}: the embedded
 * Lucene index, or Elasticsearch/OpenSearch), and the {@link Counting} that goes with it. The only
 * place that tells the two apart: what the backend is, Hibernate Search knows; it is asked once.
 */
@ApplicationScoped
public class SearchBackend {

    private static final Logger LOG = Logger.getLogger(SearchBackend.class.getName());

    /** The kinds of backend, each with its way of counting. */
    public enum Kind {
        /** Embedded Lucene: one native counting pass over the index readers. */
        LUCENE,
        /** A search server (Elasticsearch, OpenSearch): Hibernate Search aggregations. */
        ELASTICSEARCH
    }

    @Inject
    CountingExecutor executor;

    @Inject
    SearchLimits limits;

    private volatile Kind kind;

    /** The counting of faceted searches on {@code type}, for this backend. */
    <E> Counting counting(SearchSession session, IndexedType<E> type) {
        return switch (kind(session)) {
            case LUCENE -> new IndexReaderCounting<>(session, type, executor.executor(), executor.parallelism());
            case ELASTICSEARCH -> new AggregationCounting<>(session, type, limits.maxFacetValues());
        };
    }

    Kind kind(SearchSession session) {
        Kind known = kind;
        if (known == null) {
            Backend backend = Search.mapping(session.toEntityManager().getEntityManagerFactory()).backend();
            known = backend instanceof LuceneBackend ? Kind.LUCENE : Kind.ELASTICSEARCH;
            Kind found = known;
            LOG.info(() -> "Search backend " + backend.getClass().getSimpleName() + ": facets counted by "
                    + (found == Kind.LUCENE ? "one pass over the Lucene index" : "search server aggregations"));
            kind = known;
        }
        return known;
    }
}
