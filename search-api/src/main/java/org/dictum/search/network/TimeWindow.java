package org.dictum.search.network;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** A width of time slice: a statement falls into the calendar year, month or day of its date. */
public enum TimeWindow {
    YEAR, MONTH, DAY;

    /** The slice's name: {@code 2022}, {@code 2022-01} or {@code 2022-01-09}. */
    String label(LocalDate date) {
        return switch (this) {
            case YEAR -> String.valueOf(date.getYear());
            case MONTH -> date.toString().substring(0, 7);
            case DAY -> date.toString();
        };
    }

    LocalDate start(LocalDate date) {
        return switch (this) {
            case YEAR -> date.withDayOfYear(1);
            case MONTH -> date.withDayOfMonth(1);
            case DAY -> date;
        };
    }

    /** The slice's last day, inclusive. */
    LocalDate end(LocalDate date) {
        return switch (this) {
            case YEAR -> date.with(TemporalAdjusters.lastDayOfYear());
            case MONTH -> date.with(TemporalAdjusters.lastDayOfMonth());
            case DAY -> date;
        };
    }
}
