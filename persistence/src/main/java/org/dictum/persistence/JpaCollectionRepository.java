package org.dictum.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dictum.domain.article.Article;
import org.dictum.domain.collection.Collection;
import org.dictum.domain.collection.CollectionRepository;
import org.dictum.domain.collection.CollectionSlug;
import org.dictum.domain.collection.DeletedCollection;
import org.dictum.domain.collection.Visibility;
import org.dictum.domain.statement.Statement;

@ApplicationScoped
public class JpaCollectionRepository implements CollectionRepository {

    private static final String MEMBER_ARTICLE_IDS = "select a.id from Collection c join c.articles a where c = :c order by a.id";
    private static final String MEMBER_STATEMENT_IDS = "select s.id from Collection c join c.statements s where c = :c order by s.id";

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    @Override
    public Optional<Collection> findBySlug(CollectionSlug slug) {
        return FirstRow.of(em.createQuery("select c from Collection c where c.slug = :slug", Collection.class)
                .setParameter("slug", slug.value()));
    }

    @Override
    public Optional<Collection> findById(long id) {
        return Optional.ofNullable(em.find(Collection.class, id));
    }

    @Override
    public List<Collection> findAll() {
        return em.createQuery("select c from Collection c order by lower(c.title), c.slug", Collection.class).getResultList();
    }

    @Override
    public List<String> privateSlugs() {
        return em.createQuery("select c.slug from Collection c where c.visibility = :visibility", String.class)
                .setParameter("visibility", Visibility.PRIVATE)
                .getResultList();
    }

    @Override
    public List<String> privateSlugsNotOwnedBy(String user) {
        return em.createQuery("select c.slug from Collection c where c.visibility = :visibility and c.owner <> :user",
                        String.class)
                .setParameter("visibility", Visibility.PRIVATE)
                .setParameter("user", user)
                .getResultList();
    }

    /**
     * Two queries for any number of collections: the direct members by size (index lookups on the
     * membership tables), and the belonging statements as the union of member statements and the
     * statements of member articles, which counts a statement that is both once.
     */
    @Override
    public Map<Long, MemberCounts> countMembers(java.util.Collection<Collection> collections) {
        if (collections.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = collections.stream().map(Collection::getId).toList();
        Map<Long, Long> belonging = new HashMap<>();
        em.createQuery("select b.collectionId, count(b.statementId) from ("
                        + " select c.id as collectionId, s.id as statementId from Collection c join c.statements s"
                        + "  where c.id in :ids"
                        + " union"
                        + " select c.id, s.id from Collection c join c.articles a join a.statements s where c.id in :ids"
                        + ") b group by b.collectionId", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> belonging.put((Long) row[0], (Long) row[1]));
        Map<Long, MemberCounts> counts = new HashMap<>();
        em.createQuery("select c.id, size(c.articles), size(c.statements) from Collection c where c.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], new MemberCounts(((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue(), belonging.getOrDefault((Long) row[0], 0L))));
        ids.forEach(id -> counts.putIfAbsent(id, MemberCounts.NONE));
        return counts;
    }

    @Override
    public List<Long> memberArticleIds(Collection collection) {
        return em.createQuery(MEMBER_ARTICLE_IDS, Long.class)
                .setParameter("c", collection).getResultList();
    }

    @Override
    public List<Long> memberArticleIds(Collection collection, int offset, int limit) {
        return em.createQuery(MEMBER_ARTICLE_IDS, Long.class)
                .setParameter("c", collection).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Long> memberStatementIds(Collection collection, int offset, int limit) {
        return em.createQuery(MEMBER_STATEMENT_IDS, Long.class)
                .setParameter("c", collection).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Article> articlesWithIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Article a where a.id in :ids order by a.id", Article.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public List<Statement> statementsWithIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from Statement s join fetch s.article where s.id in :ids order by s.id",
                        Statement.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public Collection save(Collection collection) {
        em.persist(collection);
        return collection;
    }

    @Override
    public DeletedCollection remove(Collection collection, Instant at) {
        DeletedCollection deleted = DeletedCollection.of(collection, at);
        em.remove(collection);
        em.persist(deleted);
        return deleted;
    }

    @Override
    public Optional<DeletedCollection> findDeleted(CollectionSlug slug) {
        return Optional.ofNullable(em.find(DeletedCollection.class, slug.value()));
    }
}
