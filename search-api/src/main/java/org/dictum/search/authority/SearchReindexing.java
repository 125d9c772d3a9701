package org.dictum.search.authority;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import org.dictum.domain.article.Article;
import org.dictum.domain.statement.Statement;
import org.dictum.persistence.DictumPersistenceUnit;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

/**
 * Reindexes records whose index documents show a name that changed elsewhere. Statements and
 * articles are indexed with their actors' canonical names and their topics' labels, but the mapping
 * does not follow changes of those entities (they have no inverse side to the millions of statements
 * naming them), so the authority and taxonomy services name the affected records here. The plan runs
 * at commit, in the same transaction, and the index is refreshed before the request returns.
 */
@ApplicationScoped
public class SearchReindexing {

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    public void reindex(Collection<Statement> statements, Collection<Article> articles) {
        SearchIndexingPlan plan = Search.session(em).indexingPlan();
        statements.forEach(plan::addOrUpdate);
        articles.forEach(plan::addOrUpdate);
    }
}
