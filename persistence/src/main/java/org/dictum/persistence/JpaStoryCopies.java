package org.dictum.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
        // One parameter per key, not a list parameter: Hibernate translates a query with a list
        // parameter to SQL again on every run (the expansion depends on the list's size), which was
        // 40 % of this lookup's time in an import; this text, with the same number of keys (42) for
        // every article, is translated once.
        String keys = IntStream.rangeClosed(1, bandKeys.length).mapToObj(i -> ":k" + i).collect(Collectors.joining(", "));
        // Columns, not entities: a boilerplate text collides with up to the limit of candidates per
        // article, and managing each one (and its band keys) cost more than comparing them.
        TypedQuery<Object[]> query = em.createQuery("""
                        select distinct f.articleId, a.storyId, f.signature, f.distinctShingles
                        from StoryFingerprint f join f.bandKeys k, Article a
                        where a.id = f.articleId and k in (%s) and f.articleId <> :except
                        order by f.articleId""".formatted(keys), Object[].class)
                .setParameter("except", exceptArticleId)
                .setMaxResults(limit);
        for (int i = 0; i < bandKeys.length; i++) {
            query.setParameter("k" + (i + 1), bandKeys[i]);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> {
            long articleId = (Long) row[0];
            Long storyId = (Long) row[1];
            return new Fingerprint(articleId, storyId != null ? storyId : articleId,
                    StoryFingerprint.decode((String) row[2], (Integer) row[3]));
        }).toList();
    }

    @Override
    public List<Article> members(long storyId) {
        // Two lookups, each through an index, rather than "story_id = ? or id = ?": H2 answers such an
        // OR by reading every article (an import spent 5 % of its batch thread there, growing with the archive).
        List<Article> members = new ArrayList<>(em.createQuery(
                        "select a from Article a where a.storyId = :story order by a.id", Article.class)
                .setParameter("story", storyId)
                .getResultList());
        Article origin = em.find(Article.class, storyId);
        if (origin != null && origin.isStoryOrigin() && !members.contains(origin)) {
            members.add(origin);   // not grouped yet: its story_id is still NULL
            members.sort(Comparator.comparing(Article::getId));
        }
        return members;
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
