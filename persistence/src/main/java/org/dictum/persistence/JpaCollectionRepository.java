package org.dictum.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.dictum.domain.article.Article;
import org.dictum.domain.collection.Collection;
import org.dictum.domain.collection.CollectionRepository;
import org.dictum.domain.collection.CollectionSlug;
import org.dictum.domain.collection.Visibility;
import org.dictum.domain.statement.Statement;

@ApplicationScoped
public class JpaCollectionRepository implements CollectionRepository {

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    @Override
    public Optional<Collection> findBySlug(CollectionSlug slug) {
        return em.createQuery("select c from Collection c where c.slug = :slug", Collection.class)
                .setParameter("slug", slug.value())
                .getResultStream().findFirst();
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
    public List<Collection> findPublic() {
        return em.createQuery("select c from Collection c where c.visibility = :visibility order by c.slug", Collection.class)
                .setParameter("visibility", Visibility.PUBLIC)
                .getResultList();
    }

    @Override
    public List<String> privateSlugs() {
        return em.createQuery("select c.slug from Collection c where c.visibility = :visibility", String.class)
                .setParameter("visibility", Visibility.PRIVATE)
                .getResultList();
    }

    @Override
    public List<String> privateSlugsOwnedBy(String owner) {
        return em.createQuery("select c.slug from Collection c where c.visibility = :visibility and c.owner = :owner",
                        String.class)
                .setParameter("visibility", Visibility.PRIVATE)
                .setParameter("owner", owner)
                .getResultList();
    }

    @Override
    public MemberCounts countMembers(Collection collection) {
        long articles = em.createQuery("select count(a) from Collection c join c.articles a where c = :c", Long.class)
                .setParameter("c", collection).getSingleResult();
        long statements = em.createQuery("select count(s) from Collection c join c.statements s where c = :c", Long.class)
                .setParameter("c", collection).getSingleResult();
        return new MemberCounts(articles, statements);
    }

    @Override
    public List<Long> memberArticleIds(Collection collection) {
        return em.createQuery("select a.id from Collection c join c.articles a where c = :c order by a.id", Long.class)
                .setParameter("c", collection).getResultList();
    }

    @Override
    public List<Long> memberStatementIds(Collection collection) {
        return em.createQuery("select s.id from Collection c join c.statements s where c = :c order by s.id", Long.class)
                .setParameter("c", collection).getResultList();
    }

    @Override
    public long countBelongingStatements(Collection collection) {
        return em.createQuery("select count(s) from Statement s where s.id in"
                        + " (select m.id from Collection c join c.statements m where c = :c)"
                        + " or s.article.id in (select a.id from Collection c join c.articles a where c = :c)", Long.class)
                .setParameter("c", collection).getSingleResult();
    }

    @Override
    public List<Long> heldArticleIds(Collection collection) {
        return em.createQuery("select a.id from Article a where a.id in"
                        + " (select m.id from Collection c join c.articles m where c = :c)"
                        + " or a.id in (select s.article.id from Collection c join c.statements s where c = :c)"
                        + " order by a.id", Long.class)
                .setParameter("c", collection).getResultList();
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
    public void remove(Collection collection) {
        em.remove(collection);
    }
}
