package org.dictum.persistence.oai;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.dictum.domain.article.Article;

/** Membership of one set, as a condition on the article of a criteria query. */
@FunctionalInterface
public interface SetRestriction {

    Predicate on(CriteriaBuilder builder, CriteriaQuery<?> query, Root<Article> article);

    /** No article belongs to it (an unknown key). */
    SetRestriction NONE = (builder, query, article) -> builder.disjunction();
}
