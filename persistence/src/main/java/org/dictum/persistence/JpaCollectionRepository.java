package org.dictum.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.dictum.domain.collection.Collection;
import org.dictum.domain.collection.CollectionRepository;
import org.dictum.domain.collection.CollectionSlug;
import org.dictum.domain.collection.Visibility;

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
    public Collection save(Collection collection) {
        em.persist(collection);
        return collection;
    }

    @Override
    public void remove(Collection collection) {
        em.remove(collection);
    }
}
