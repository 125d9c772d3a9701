package org.dictum.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Walks the records of an aggregate (articles, statements) in id order, a bounded batch at a time
 * (keyset paging: the next batch starts after the last id seen, so that records added or removed
 * meanwhile never shift the batches). For jobs that go through the whole archive, e.g. reindexing.
 */
public interface RecordBatches {

    /** The records of {@code type} with ids above {@code afterId}, in id order, at most {@code limit}, read-only. */
    default <T> List<T> after(Class<T> type, long afterId, int limit) {
        return after(type, afterId, limit, List.of());
    }

    /**
     * The same, with the named associations of every record loaded with the batch (one query per
     * association for the whole batch, not one per record): paths of properties such as
     * {@code "actors"} or {@code "article.source"}.
     */
    <T> List<T> after(Class<T> type, long afterId, int limit, List<String> associations);

    /** How many records of {@code type} exist. */
    long count(Class<?> type);

    /** Which of these ids name a record of {@code type} that exists. */
    Set<Long> existing(Class<?> type, Collection<Long> ids);
}
