package org.dictum.search.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.statement.StatementStatus;
import org.dictum.persistence.DictumPersistenceUnit;
import org.dictum.search.mapping.SearchFields;
import org.dictum.search.mapping.StatementStatusField;
import org.hibernate.search.mapper.orm.Search;

/** Full-text, faceted search over statements. Rejected statements are never found. */
@ApplicationScoped
public class StatementSearch {

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    @Inject
    SearchLimits limits;

    @Transactional
    public SearchPage<StatementHit> search(SearchRequest request) {
        limits.check(request);
        SearchPage<Statement> page = new FacetedQuery<>(Search.session(em), Statement.class,
                SearchFields.STATEMENT_DATE,
                f -> f.not(f.match().field(StatementStatusField.NAME).matching(StatementStatus.REJECTED.name())),
                SearchFields.CONTENT)
                .run(request, limits.facetValues());
        return new SearchPage<>(page.total(), page.page(), page.size(),
                page.hits().stream().map(StatementHit::of).toList(), page.facets());
    }
}
