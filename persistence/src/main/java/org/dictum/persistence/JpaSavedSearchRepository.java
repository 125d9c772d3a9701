package org.dictum.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.dictum.domain.account.UserAccount;
import org.dictum.domain.article.Article;
import org.dictum.domain.savedsearch.SavedSearch;
import org.dictum.domain.savedsearch.SavedSearchRepository;
import org.dictum.domain.statement.Statement;

@ApplicationScoped
public class JpaSavedSearchRepository implements SavedSearchRepository {

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    @Override
    public Optional<SavedSearch> findById(long id) {
        return Optional.ofNullable(em.find(SavedSearch.class, id));
    }

    @Override
    public Optional<SavedSearch> findByPublicId(String publicId) {
        return FirstRow.of(em.createQuery("select s from SavedSearch s where s.publicId = :publicId", SavedSearch.class)
                .setParameter("publicId", publicId));
    }

    @Override
    public List<SavedSearch> ownedBy(UserAccount owner, int limit) {
        return em.createQuery("select s from SavedSearch s where s.owner = :owner order by s.createdAt desc, s.id desc",
                        SavedSearch.class)
                .setParameter("owner", owner)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The speaker's aliases and identifiers are eager collections: fetched here, not in two selects per speaker. */
    @Override
    public List<Statement> statementsWithIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from Statement s join fetch s.article a left join fetch a.source"
                        + " left join fetch s.speaker p left join fetch p.aliases left join fetch p.identifiers"
                        + " where s.id in :ids", Statement.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public List<Article> articlesWithIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Article a left join fetch a.source left join fetch a.statements"
                        + " where a.id in :ids", Article.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public SavedSearch save(SavedSearch search) {
        if (search.getId() != null) {
            return em.merge(search);
        }
        em.persist(search);
        return search;
    }

    @Override
    public void remove(SavedSearch search) {
        em.remove(search);
    }

    @Override
    public long count() {
        return em.createQuery("select count(s) from SavedSearch s", Long.class).getSingleResult();
    }
}
