package org.dictum.search.oai;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * UTC datestamps as OAI-PMH writes them: {@code YYYY-MM-DDThh:mm:ssZ}; requests may also give days
 * ({@code YYYY-MM-DD}). A bound covers its whole second or day, so {@code until} is inclusive.
 */
public final class OaiDates {

    public static final String GRANULARITY = "YYYY-MM-DDThh:mm:ssZ";
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SECOND = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private OaiDates() {
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A parsed {@code from} or {@code until}: the first instant it covers and the first it no longer covers. */
    record Bound(Instant start, Instant end, boolean dayGranularity) {
    }

    static Bound parse(String argument, String value) {
        try {
            if (DAY.matcher(value).matches()) {
                Instant start = LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
                return new Bound(start, start.plus(1, ChronoUnit.DAYS), true);
            }
            if (SECOND.matcher(value).matches()) {
                Instant start = Instant.parse(value);
                return new Bound(start, start.plusSeconds(1), false);
            }
        } catch (DateTimeParseException e) {
            // falls through to the protocol error
        }
        throw new OaiException(OaiError.BAD_ARGUMENT,
                "'" + argument + "' must be a UTC date YYYY-MM-DD or date-time YYYY-MM-DDThh:mm:ssZ, not '" + value + "'");
    }
}
