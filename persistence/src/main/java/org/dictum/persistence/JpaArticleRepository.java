package org.dictum.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.ArticleHeading;
import org.dictum.domain.article.ArticleRepository;

@ApplicationScoped
public class JpaArticleRepository implements ArticleRepository {

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    @Override
    public Optional<Article> findById(long id) {
        return Optional.ofNullable(em.find(Article.class, id));
    }

    @Override
    public Optional<Article> findBySha256(String sha256) {
        return FirstRow.of(em.createQuery("select a from Article a where a.sha256 = :sha256", Article.class)
                .setParameter("sha256", sha256));
    }

    @Override
    public Optional<ArticleHeading> headingOf(long id) {
        return FirstRow.of(em.createQuery("select a.id, a.title, s.name, a.publishedAt from Article a left join a.source s"
                        + " where a.id = :id", Object[].class).setParameter("id", id))
                .map(row -> new ArticleHeading((Long) row[0], Optional.ofNullable((String) row[1]),
                        Optional.ofNullable((String) row[2]), Optional.ofNullable((Instant) row[3])));
    }

    @Override
    public List<Article> notWithdrawnAmong(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Article a where a.id in :ids and a.withdrawnAt is null", Article.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public Set<String> archivedSha256s(Collection<String> sha256s) {
        if (sha256s.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select a.sha256 from Article a where a.sha256 in :sha256s", String.class)
                .setParameter("sha256s", sha256s)
                .getResultList());
    }

    @Override
    public Optional<Long> idOfArticleAt(String url) {
        return FirstRow.of(em.createQuery("select a.id from Article a where a.url = :url order by a.id", Long.class)
                .setParameter("url", url));
    }

    @Override
    public Article save(Article article) {
        em.persist(article);
        return article;
    }

    @Override
    public long count() {
        return em.createQuery("select count(a) from Article a", Long.class).getSingleResult();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void raiseVersion(Article article) {
        // Now, not at commit: a stale version fails here as an OptimisticLockException (409), like a flush.
        em.lock(article, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }
}
