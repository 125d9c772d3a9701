package org.dictum.search.reindex;

import java.util.concurrent.atomic.AtomicLong;

/** How far the grouping of articles without a story fingerprint has got. */
final class StoryProgress {

    private final AtomicLong total = new AtomicLong();
    private final AtomicLong grouped = new AtomicLong();
    private final AtomicLong inStories = new AtomicLong();
    private final AtomicLong changed = new AtomicLong();
    private volatile boolean completed;

    void addToTotal(long count) {
        total.addAndGet(count);
    }

    void batchDone(int groupedArticles, int joinedStories, int changedArticles) {
        grouped.addAndGet(groupedArticles);
        inStories.addAndGet(joinedStories);
        changed.addAndGet(changedArticles);
    }

    void complete() {
        completed = true;
    }

    long total() {
        return Math.max(total.get(), grouped.get());
    }

    long grouped() {
        return grouped.get();
    }

    ReindexStatus.StoryStatus status() {
        return new ReindexStatus.StoryStatus(total(), grouped.get(), inStories.get(), changed.get(), completed);
    }
}
