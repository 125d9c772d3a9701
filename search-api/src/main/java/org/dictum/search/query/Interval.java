package org.dictum.search.query;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.dictum.domain.InvalidInputException;

/**
 * The width of a date histogram's buckets; buckets start on Mondays, firsts of months and New Year's
 * days (of years ending in 0 for decades, in 00 for centuries). Decades and centuries keep an automatic
 * histogram within its bars when the archive spans centuries (an article dated 0001 by mistake
 * made every unfiltered search fail on 2,998 yearly bars).
 */
public enum Interval {
    DAY, WEEK, MONTH, YEAR, DECADE, CENTURY;

    public LocalDate bucketStart(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
            case DECADE -> LocalDate.of(date.getYear() - Math.floorMod(date.getYear(), 10), 1, 1);
            case CENTURY -> LocalDate.of(date.getYear() - Math.floorMod(date.getYear(), 100), 1, 1);
        };
    }

    public LocalDate next(LocalDate bucketStart) {
        return switch (this) {
            case DAY -> bucketStart.plusDays(1);
            case WEEK -> bucketStart.plusWeeks(1);
            case MONTH -> bucketStart.plusMonths(1);
            case YEAR -> bucketStart.plusYears(1);
            case DECADE -> bucketStart.plusYears(10);
            case CENTURY -> bucketStart.plusYears(100);
        };
    }

    /** How many buckets cover {@code [first, last]}. */
    public long bucketsBetween(LocalDate first, LocalDate last) {
        LocalDate start = bucketStart(first);
        LocalDate end = bucketStart(last);
        return switch (this) {
            case DAY -> ChronoUnit.DAYS.between(start, end) + 1;
            case WEEK -> ChronoUnit.WEEKS.between(start, end) + 1;
            case MONTH -> ChronoUnit.MONTHS.between(start, end) + 1;
            case YEAR -> ChronoUnit.YEARS.between(start, end) + 1;
            case DECADE -> ChronoUnit.YEARS.between(start, end) / 10 + 1;
            case CENTURY -> ChronoUnit.YEARS.between(start, end) / 100 + 1;
        };
    }

    /** The finest interval that shows {@code [first, last]} in at most {@code maxBuckets} bars. */
    public static Interval automatic(LocalDate first, LocalDate last, int maxBuckets) {
        for (Interval interval : values()) {
            if (interval.bucketsBetween(first, last) <= maxBuckets) {
                return interval;
            }
        }
        return CENTURY;
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The interval a request names: null for none, blank or {@code auto} (choose from the range).
     *
     * @throws InvalidInputException naming the {@code interval} parameter for anything else
     */
    public static Interval parse(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("auto")) {
            return null;
        }
        return byParameter(value.strip()).orElseThrow(() ->
                new InvalidInputException("interval", "interval must be one of auto, day, week, month, year, decade, century"));
    }

    public static Optional<Interval> byParameter(String value) {
        return Arrays.stream(values()).filter(i -> i.parameter().equalsIgnoreCase(value)).findFirst();
    }
}
