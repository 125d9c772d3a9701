package org.dictum.search.query;

import java.util.List;

/**
 * Counts over time of several queries, on the same buckets so that they can be compared.
 *
 * @param date which date is counted: {@code statement} or {@code published}
 */
public record Attention(String date, Interval interval, List<Series> series) {

    public Attention {
        series = List.copyOf(series);
    }

    /** One query's counts. */
    public record Series(String query, long total, List<Histogram.Bucket> buckets) {
        public Series {
            buckets = List.copyOf(buckets);
        }
    }
}
