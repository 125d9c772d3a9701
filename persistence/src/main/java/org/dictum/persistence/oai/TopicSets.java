package org.dictum.persistence.oai;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.List;
import org.dictum.domain.article.Article;
import org.dictum.domain.topic.Topic;
import org.dictum.persistence.DictumPersistenceUnit;

/** {@code topic:<code>}: the articles filed under one topic of the taxonomy (not its narrower topics). */
@ApplicationScoped
public class TopicSets implements ArticleSetKind {

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    @Override
    public String kind() {
        return "topic";
    }

    @Override
    public List<ArticleSet> sets(String afterKey, int limit) {
        return em.createQuery("select t.code, t.label from Topic t where t.code > :after order by t.code", Object[].class)
                .setParameter("after", afterKey == null ? "" : afterKey)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new ArticleSet(kind(), (String) row[0], (String) row[1]))
                .toList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(t) from Topic t", Long.class).getSingleResult();
    }

    @Override
    public SetRestriction members(String key) {
        return (builder, query, article) -> {
            Subquery<Long> filed = query.subquery(Long.class);
            Root<Article> candidate = filed.from(Article.class);
            Join<Article, Topic> topic = candidate.join("topics");
            filed.select(candidate.get("id")).where(builder.equal(topic.get("code"), key));
            return article.get("id").in(filed);
        };
    }

    @Override
    public List<String> keysOf(Article article) {
        return article.getTopics().stream().map(topic -> topic.getCode().value()).sorted().toList();
    }
}
