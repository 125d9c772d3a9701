package org.dictum.persistence.oai;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dictum.domain.Slugs;
import org.dictum.domain.article.Article;
import org.dictum.persistence.DictumPersistenceUnit;

/**
 * {@code source:<slug>}: the articles of one publisher. Slugs are computed from names, so the
 * listing reads the (short) source table in batches rather than sorting in the database.
 */
@ApplicationScoped
public class SourceSets implements ArticleSetKind {

    private static final int BATCH = 500;

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    @Override
    public String kind() {
        return "source";
    }

    @Override
    public List<ArticleSet> sets(String afterKey, int limit) {
        List<ArticleSet> page = new ArrayList<>();
        for (Map.Entry<String, List<Source>> entry : sourcesBySlug().entrySet()) {
            if (page.size() == limit) {
                break;
            }
            if (afterKey == null || entry.getKey().compareTo(afterKey) > 0) {
                page.add(new ArticleSet(kind(), entry.getKey(),
                        String.join(" / ", entry.getValue().stream().map(Source::name).toList())));
            }
        }
        return page;
    }

    @Override
    public long count() {
        return sourcesBySlug().size();
    }

    @Override
    public SetRestriction members(String key) {
        List<Long> ids = sourcesBySlug().getOrDefault(key, List.of()).stream().map(Source::id).toList();
        if (ids.isEmpty()) {
            return SetRestriction.NONE;
        }
        return (builder, query, article) -> article.get("source").get("id").in(ids);
    }

    @Override
    public List<String> keysOf(Article article) {
        return article.getSource().map(source -> List.of(keyOf(source.getName()))).orElse(List.of());
    }

    private Map<String, List<Source>> sourcesBySlug() {
        Map<String, List<Source>> bySlug = new TreeMap<>();
        long after = Long.MIN_VALUE;
        List<Object[]> batch;
        do {
            batch = em.createQuery("select s.id, s.name from Source s where s.id > :after order by s.id", Object[].class)
                    .setParameter("after", after).setMaxResults(BATCH).getResultList();
            for (Object[] row : batch) {
                Source source = new Source((Long) row[0], (String) row[1]);
                bySlug.computeIfAbsent(keyOf(source.name()), slug -> new ArrayList<>()).add(source);
                after = source.id();
            }
        } while (batch.size() == BATCH);
        return bySlug;
    }

    /**
     * The set key of a source name ("The Independent" gives {@code the-independent}): two names with
     * the same slug make one set.
     */
    private static String keyOf(String sourceName) {
        return Slugs.of(sourceName, "source");
    }

    private record Source(long id, String name) {
    }
}
