package org.dictum.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dictum.domain.article.Article;
import org.dictum.domain.story.MinHashSignature;
import org.dictum.domain.story.StoryCopies;
import org.dictum.domain.story.StoryFingerprint;

/** Story fingerprints in the database: band keys are looked up through the index on {@code story_band.band_key}. */
@ApplicationScoped
public class JpaStoryCopies implements StoryCopies {

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    @Override
    public void remember(Article article, MinHashSignature signature) {
        em.persist(new StoryFingerprint(article.getId(), signature));
    }

    @Override
    public List<Fingerprint> sharingABand(long[] bandKeys, long exceptArticleId, int limit) {
        if (bandKeys.length == 0) {
            return List.of();
        }
        List<Long> keys = Arrays.stream(bandKeys).boxed().toList();
        // Columns, not entities: a boilerplate text collides with up to the limit of candidates per
        // article, and managing each one (and its band keys) cost more than comparing them.
        List<Object[]> rows = em.createQuery("""
                        select distinct f.articleId, a.storyId, f.signature, f.distinctShingles
                        from StoryFingerprint f join f.bandKeys k, Article a
                        where a.id = f.articleId and k in :keys and f.articleId <> :except
                        order by f.articleId""", Object[].class)
                .setParameter("keys", keys)
                .setParameter("except", exceptArticleId)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(row -> {
            long articleId = (Long) row[0];
            Long storyId = (Long) row[1];
            return new Fingerprint(articleId, storyId != null ? storyId : articleId,
                    StoryFingerprint.decode((String) row[2], (Integer) row[3]));
        }).toList();
    }

    @Override
    public List<Article> members(long storyId) {
        return em.createQuery("""
                        select a from Article a
                        where a.storyId = :story or (a.storyId is null and a.id = :story)
                        order by a.id""", Article.class)
                .setParameter("story", storyId)
                .getResultList();
    }

    @Override
    public Map<Long, Long> copiesPerStory(Collection<Long> storyIds) {
        Map<Long, Long> copies = new HashMap<>();
        if (storyIds.isEmpty()) {
            return copies;
        }
        em.createQuery("select a.storyId, count(a) from Article a where a.storyId in :stories group by a.storyId",
                        Object[].class)
                .setParameter("stories", storyIds)
                .getResultList()
                .forEach(row -> copies.put((Long) row[0], (Long) row[1]));
        return copies;
    }

    @Override
    public List<Article> withoutFingerprint(long afterId, int limit) {
        return em.createQuery("""
                        select a from Article a
                        where a.id > :after and not exists (select f from StoryFingerprint f where f.articleId = a.id)
                        order by a.id""", Article.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countWithoutFingerprint() {
        return em.createQuery("""
                        select count(a) from Article a
                        where not exists (select f from StoryFingerprint f where f.articleId = a.id)""", Long.class)
                .getSingleResult();
    }
}
