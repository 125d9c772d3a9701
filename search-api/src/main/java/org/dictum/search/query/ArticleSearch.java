package org.dictum.search.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.dictum.domain.article.Article;
import org.dictum.persistence.DictumPersistenceUnit;
import org.dictum.search.mapping.SearchFields;
import org.hibernate.search.mapper.orm.Search;

/** Full-text, faceted search over articles (headline and main text). */
@ApplicationScoped
public class ArticleSearch {

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    @Inject
    SearchLimits limits;

    @Transactional
    public SearchPage<ArticleHit> search(SearchRequest request) {
        limits.check(request);
        SearchPage<Article> page = new FacetedQuery<>(Search.session(em), Article.class,
                SearchFields.PUBLISHED_DATE, f -> f.matchAll(), SearchFields.TITLE, SearchFields.MAIN_TEXT)
                .run(request, limits.facetValues());
        return new SearchPage<>(page.total(), page.page(), page.size(),
                page.hits().stream().map(ArticleHit::of).toList(), page.facets());
    }
}
