package org.dictum.persistence.oai;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dictum.domain.article.Article;
import org.dictum.persistence.DictumPersistenceUnit;

/**
 * Articles in the order they last changed, withdrawn ones included, paged by keyset on
 * (modifiedAt, id): a page starts after the last article of the previous one, so articles that
 * arrive or change meanwhile never shift a harvest that is under way.
 */
@ApplicationScoped
public class ArticleChanges {

    private static final String MODIFIED_AT = "modifiedAt";

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    /** Up to {@code limit} articles of the window after {@code after} (null: from its start). */
    public List<Article> page(ChangeWindow window, ChangePosition after, int limit) {
        CriteriaBuilder builder = em.getCriteriaBuilder();
        CriteriaQuery<Article> query = builder.createQuery(Article.class);
        Root<Article> article = query.from(Article.class);
        List<Predicate> conditions = conditions(builder, query, article, window);
        if (after != null) {
            Path<Instant> modifiedAt = article.get(MODIFIED_AT);
            conditions.add(builder.or(builder.greaterThan(modifiedAt, after.modifiedAt()),
                    builder.and(builder.equal(modifiedAt, after.modifiedAt()), builder.greaterThan(article.get("id"), after.id()))));
        }
        query.select(article).where(conditions.toArray(Predicate[]::new))
                .orderBy(builder.asc(article.get(MODIFIED_AT)), builder.asc(article.get("id")));
        return em.createQuery(query).setMaxResults(limit).getResultList();
    }

    public long count(ChangeWindow window) {
        CriteriaBuilder builder = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = builder.createQuery(Long.class);
        Root<Article> article = query.from(Article.class);
        query.select(builder.count(article)).where(conditions(builder, query, article, window).toArray(Predicate[]::new));
        return em.createQuery(query).getSingleResult();
    }

    /** The earliest change of any article still in the archive. */
    public Optional<Instant> earliest() {
        return Optional.ofNullable(em.createQuery("select min(a.modifiedAt) from Article a", Instant.class).getSingleResult());
    }

    public Optional<Article> find(long id) {
        return Optional.ofNullable(em.find(Article.class, id));
    }

    private static List<Predicate> conditions(CriteriaBuilder builder, CriteriaQuery<?> query, Root<Article> article,
                                              ChangeWindow window) {
        List<Predicate> conditions = new ArrayList<>();
        Path<Instant> modifiedAt = article.get(MODIFIED_AT);
        if (window.from() != null) {
            conditions.add(builder.greaterThanOrEqualTo(modifiedAt, window.from()));
        }
        conditions.add(builder.lessThan(modifiedAt, window.before()));
        if (window.members() != null) {
            conditions.add(window.members().on(builder, query, article));
        }
        return conditions;
    }
}
