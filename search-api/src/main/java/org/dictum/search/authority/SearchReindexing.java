package org.dictum.search.authority;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dictum.domain.authority.AuthorityRecords;
import org.dictum.persistence.DictumPersistenceUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

/**
 * Reindexes records whose index documents show a name that changed elsewhere. Statements and
 * articles are indexed with their actors' canonical names and their topics' labels, but the mapping
 * does not follow changes of those entities (they have no inverse side to the millions of statements
 * naming them), so the authority and taxonomy services name the affected records here, by id.
 *
 * <p>An actor can have a hundred thousand statements: they are loaded a page at a time
 * ({@code dictum.search.reindex-batch-size}), their documents built, and the page dropped from the
 * persistence context before the next one is read. The documents are written to the index at commit,
 * in the same transaction as the change (a rollback writes nothing), and the index is refreshed
 * before the request returns.
 */
@ApplicationScoped
public class SearchReindexing {

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    @Inject
    AuthorityRecords records;

    @Inject
    @ConfigProperty(name = "dictum.search.reindex-batch-size", defaultValue = "500")
    int batchSize;

    /**
     * Reindexes the statements and articles with these ids. Call it last in a unit of work: it writes
     * pending changes to the database and then detaches every entity the transaction has loaded.
     */
    public void reindex(Collection<Long> statementIds, Collection<Long> articleIds) {
        SearchIndexingPlan plan = Search.session(em).indexingPlan();
        // The change itself first: its own records' documents are built now, while they are still attached.
        em.flush();
        plan.process();
        em.clear();
        reindexPages(statementIds, records::statementsWithIds, plan);
        reindexPages(articleIds, records::articlesWithIds, plan);
    }

    /** The ids of records a change has loaded anyway, in their order. */
    static <T> Set<Long> idsOf(Collection<T> loaded, Function<T, Long> id) {
        return loaded.stream().map(id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private void reindexPages(Collection<Long> ids, Function<List<Long>, List<?>> load, SearchIndexingPlan plan) {
        for (List<Long> page : IdPages.of(ids, batchSize)) {
            load.apply(page).forEach(plan::addOrUpdate);
            plan.process();
            em.clear();
        }
    }
}
