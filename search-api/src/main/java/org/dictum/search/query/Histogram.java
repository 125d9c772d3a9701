package org.dictum.search.query;

import java.time.LocalDate;
import java.util.List;

/**
 * Counts per date bucket, gaps included as zero.
 *
 * @param field    what is counted: {@code published} or {@code statement}
 * @param interval the bucket width
 * @param buckets  in time order; empty when nothing has a date
 */
public record Histogram(String field, Interval interval, List<Bucket> buckets) {

    public Histogram {
        buckets = List.copyOf(buckets);
    }

    /** One bar: {@code [start, end)}. */
    public record Bucket(LocalDate start, LocalDate end, long count) {
    }
}
