package org.dictum.search.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.dictum.domain.InvalidInputException;

/**
 * Reads the date formats the API accepts, with errors that name the parameter. Dates that records store (a
 * statement's date, an article's publication time) must also be plausible for a news archive: from
 * {@link #EARLIEST} to a year after today (UTC); {@code 0001-01-01} was stored as a statement's date. Search and
 * audit ranges take any date in the years 0000 to 9999, as a range reaching past the archive's dates is harmless.
 */
public final class Dates {

    /** The earliest date a record may carry. */
    static final LocalDate EARLIEST = LocalDate.of(1600, 1, 1);

    private Dates() {
    }

    /**
     * {@code 2022-01-09}, {@code 2022-01-09T14:30:00Z}, {@code 2022-01-09T14:30:00+01:00}; no offset means UTC. For a
     * range's bound: in the years 0000 to 9999 (UTC), as {@code +999999999-12-31T23:59:59Z} is past the milliseconds
     * since 1970 that revisions are dated in, and answered 500.
     */
    public static Instant instantOf(String field, String value) {
        OffsetDateTime time = dateTimeOf(field, value);
        if (time == null) {
            return null;
        }
        int year = time.atZoneSameInstant(ZoneOffset.UTC).getYear();
        if (year < 0 || year > 9999) {
            throw new InvalidInputException(field, field + " must lie in the years 0000 to 9999, was " + value.strip());
        }
        return time.toInstant();
    }

    /**
     * As {@link #instantOf}, keeping the offset the value was given with (UTC when it has none): a publication time,
     * whose day there is the day relative dates resolve against.
     */
    public static OffsetDateTime dateTimeOf(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            try {
                return OffsetDateTime.parse(text);
            } catch (DateTimeParseException noOffset) {
                return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " '" + text
                    + "' is not an ISO-8601 date (2022-01-09) or date-time (2022-01-09T14:30:00Z)");
        }
    }

    public static LocalDate dateOf(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " '" + value.strip() + "' is not an ISO-8601 date such as 2022-01-09");
        }
    }

    /** As {@link #dateOf}, for a date a record stores: refused unless {@linkplain #requirePlausible plausible}. */
    public static LocalDate plausibleDateOf(String field, String value) {
        return plausibleDateOf(field, value, todayUtc());
    }

    static LocalDate plausibleDateOf(String field, String value, LocalDate today) {
        LocalDate date = dateOf(field, value);
        requirePlausible(field, date, today);
        return date;
    }

    /** As {@link #dateTimeOf}, for a time a record stores: its date where it was given must be plausible. */
    public static OffsetDateTime plausibleDateTimeOf(String field, String value) {
        return plausibleDateTimeOf(field, value, todayUtc());
    }

    static OffsetDateTime plausibleDateTimeOf(String field, String value, LocalDate today) {
        OffsetDateTime time = dateTimeOf(field, value);
        requirePlausible(field, time == null ? null : time.toLocalDate(), today);
        return time;
    }

    /** From {@link #EARLIEST} to a year after {@code today}, both included; null (no date) passes. */
    private static void requirePlausible(String field, LocalDate date, LocalDate today) {
        LocalDate latest = today.plusYears(1);
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(latest))) {
            throw new InvalidInputException(field, field + " " + date + " is outside the dates the archive accepts: "
                    + EARLIEST + " to " + latest + " (a year after today, UTC)");
        }
    }

    private static LocalDate todayUtc() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
