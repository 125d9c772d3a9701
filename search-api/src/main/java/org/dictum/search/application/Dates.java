package org.dictum.search.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.dictum.domain.InvalidInputException;

/** Reads the date formats the API accepts, with errors that name the parameter. */
public final class Dates {

    private Dates() {
    }

    /** {@code 2022-01-09}, {@code 2022-01-09T14:30:00Z}, {@code 2022-01-09T14:30:00+01:00}; no offset means UTC. */
    public static Instant instantOf(String field, String value) {
        OffsetDateTime time = dateTimeOf(field, value);
        return time == null ? null : time.toInstant();
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
}
