package org.dictum.domain.story;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dictum.domain.article.Article;

/**
 * Brings an archive older than story grouping up to date: fingerprints and groups the articles
 * that have no fingerprint, in id order (the order they were archived in, as grouping at ingestion
 * would have met them), a bounded batch at a time. Each batch runs in the caller's transaction.
 */
public class StoryBackfill {

    private final StoryCopies copies;
    private final StoryGrouping grouping;

    public StoryBackfill(StoryCopies copies, StoryGrouping grouping) {
        this.copies = Objects.requireNonNull(copies, "copies");
        this.grouping = Objects.requireNonNull(grouping, "grouping");
    }

    /** Groups the next at most {@code limit} articles without a fingerprint after {@code afterId}. */
    public Batch groupNext(long afterId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        List<Article> articles = copies.withoutFingerprint(afterId, limit);
        Set<Long> changed = new LinkedHashSet<>();
        int copiesFound = 0;
        for (Article article : articles) {
            StoryPlacement placement = grouping.place(article);
            placement.changed().forEach(a -> changed.add(a.getId()));
            if (placement.copies() > 1) {
                copiesFound++;
            }
        }
        long lastId = articles.isEmpty() ? afterId : articles.get(articles.size() - 1).getId();
        return new Batch(lastId, articles.size(), copiesFound, changed.size());
    }

    /**
     * What one batch did.
     *
     * @param lastId      the highest article id grouped (the next batch starts after it); {@code afterId} when none
     * @param grouped     articles fingerprinted and grouped
     * @param inStories   of those, how many joined a story of two or more copies
     * @param changed     articles whose story or origin flag changed (their search entries are reindexed at commit)
     */
    public record Batch(long lastId, int grouped, int inStories, int changed) {

        public boolean isEmpty() {
            return grouped == 0;
        }
    }
}
