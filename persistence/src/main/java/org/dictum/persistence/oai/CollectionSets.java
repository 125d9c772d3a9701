package org.dictum.persistence.oai;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.List;
import org.dictum.domain.article.Article;
import org.dictum.domain.collection.Collection;
import org.dictum.domain.collection.Visibility;
import org.dictum.persistence.DictumPersistenceUnit;

/**
 * {@code collection:<slug>}: the articles that are members of one public collection (statements
 * collected on their own do not make their article a member). Private collections are no sets:
 * harvesters see neither them nor, in record headers, the membership.
 */
@ApplicationScoped
public class CollectionSets implements ArticleSetKind {

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    @Override
    public String kind() {
        return "collection";
    }

    @Override
    public List<ArticleSet> sets(String afterKey, int limit) {
        return em.createQuery("""
                        select c.slug, c.title from Collection c
                        where c.visibility = :public and c.slug > :after order by c.slug""", Object[].class)
                .setParameter("public", Visibility.PUBLIC)
                .setParameter("after", afterKey == null ? "" : afterKey)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new ArticleSet(kind(), (String) row[0], (String) row[1]))
                .toList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(c) from Collection c where c.visibility = :public", Long.class)
                .setParameter("public", Visibility.PUBLIC).getSingleResult();
    }

    @Override
    public SetRestriction members(String key) {
        return (builder, query, article) -> {
            Subquery<Long> collected = query.subquery(Long.class);
            Root<Collection> collection = collected.from(Collection.class);
            Join<Collection, Article> member = collection.join("articles");
            collected.select(member.get("id")).where(builder.equal(collection.get("slug"), key),
                    builder.equal(collection.get("visibility"), Visibility.PUBLIC));
            return article.get("id").in(collected);
        };
    }

    @Override
    public List<String> keysOf(Article article) {
        return article.getCollections().stream().filter(Collection::isPublic)
                .map(collection -> collection.getSlug().value()).sorted().toList();
    }
}
