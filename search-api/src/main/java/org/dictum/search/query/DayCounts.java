package org.dictum.search.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How many hits fall on each day, counted in one pass over the index; the histograms of any
 * interval, and the date range they span, are read off it without searching again.
 * Days are epoch days. Counting uses a flat array over the days the index can hold (known from
 * its point values) when that span is of a reasonable length, and a map otherwise.
 */
final class DayCounts {

    /** Longest span counted in an array: about 550 years, 800 KB. */
    static final long MAX_ARRAY_DAYS = 200_000;

    private final long firstDay;
    private final int[] perDay;
    private final Map<Long, Long> sparse;

    private DayCounts(long firstDay, int[] perDay, Map<Long, Long> sparse) {
        this.firstDay = firstDay;
        this.perDay = perDay;
        this.sparse = sparse;
    }

    /** Counts for days between {@code minDay} and {@code maxDay}, the extremes the index holds. */
    static DayCounts forSpan(long minDay, long maxDay) {
        long span = maxDay - minDay + 1;
        return span > 0 && span <= MAX_ARRAY_DAYS
                ? new DayCounts(minDay, new int[(int) span], null)
                : new DayCounts(0, null, new HashMap<>());
    }

    /** Counts already made elsewhere (a search server's aggregation): hits per day. */
    static DayCounts of(Map<LocalDate, Long> perDay) {
        DayCounts counts = new DayCounts(0, null, new HashMap<>());
        perDay.forEach((day, hits) -> counts.add(day.toEpochDay(), hits));
        return counts;
    }

    static DayCounts empty() {
        return new DayCounts(0, new int[0], null);
    }

    void add(long epochDay) {
        add(epochDay, 1);
    }

    private void add(long epochDay, long hits) {
        if (perDay != null) {
            long index = epochDay - firstDay;
            if (index >= 0 && index < perDay.length) {
                perDay[(int) index] += (int) hits;
                return;
            }
            throw new IllegalStateException("day " + epochDay + " outside the index's range");
        }
        sparse.merge(epochDay, hits, Long::sum);
    }

    void addAll(DayCounts other) {
        if (perDay != null && other.perDay != null && firstDay == other.firstDay && perDay.length == other.perDay.length) {
            for (int i = 0; i < perDay.length; i++) {
                perDay[i] += other.perDay[i];
            }
            return;
        }
        other.forEachDay(this::add);
    }

    /** The first and the last day with a hit, if any. */
    Optional<LocalDate[]> extent() {
        long[] bounds = {Long.MAX_VALUE, Long.MIN_VALUE};
        forEachDay((day, count) -> {
            bounds[0] = Math.min(bounds[0], day);
            bounds[1] = Math.max(bounds[1], day);
        });
        return bounds[0] > bounds[1] ? Optional.empty()
                : Optional.of(new LocalDate[] {LocalDate.ofEpochDay(bounds[0]), LocalDate.ofEpochDay(bounds[1])});
    }

    long total() {
        long[] total = {0};
        forEachDay((day, count) -> total[0] += count);
        return total[0];
    }

    /** The buckets of {@code interval} covering {@code [first, last]}, empty ones included. */
    List<Histogram.Bucket> buckets(Interval interval, LocalDate first, LocalDate last) {
        List<Histogram.Bucket> buckets = new ArrayList<>();
        for (LocalDate start = interval.bucketStart(first); !start.isAfter(last); start = interval.next(start)) {
            LocalDate end = interval.next(start);
            buckets.add(new Histogram.Bucket(start, end, count(start.toEpochDay(), end.toEpochDay())));
        }
        return buckets;
    }

    /** Hits on days {@code [from, until)}. */
    private long count(long from, long until) {
        if (perDay != null) {
            long sum = 0;
            long start = Math.max(from - firstDay, 0);
            long end = Math.min(until - firstDay, perDay.length);
            for (long i = start; i < end; i++) {
                sum += perDay[(int) i];
            }
            return sum;
        }
        long[] sum = {0};
        sparse.forEach((day, count) -> {
            if (day >= from && day < until) {
                sum[0] += count;
            }
        });
        return sum[0];
    }

    private void forEachDay(DayConsumer consumer) {
        if (perDay != null) {
            for (int i = 0; i < perDay.length; i++) {
                if (perDay[i] > 0) {
                    consumer.accept(firstDay + i, perDay[i]);
                }
            }
        } else {
            sparse.forEach(consumer::accept);
        }
    }

    @FunctionalInterface
    private interface DayConsumer {
        void accept(long day, long count);
    }
}
