package org.dictum.domain.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates: machine-readable values (ISO 8601 with or without time or offset, RFC 1123,
 * {@code yyyyMMdd}), dates in page addresses ({@code /2022/01/09/}) and dates printed in prose ("January 9, 2022",
 * "14th January 2008", "Jan. 11 2008"). A time keeps the offset it is given with, so that the day of publication is
 * the day where it was published; a time without offset is taken as UTC; a date without time is its start in UTC.
 * Years outside 1990-2100 are rejected as misreadings.
 */
final class PublicationDates {

    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern NUMERIC_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final Pattern IN_URL = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:[/._-]|$)|/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/._-]|$)");
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+((?:19|20)\\d{2})\\b",
                    Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private PublicationDates() {
    }

    /** A machine-readable date-time, as in meta elements, JSON-LD and {@code <time datetime>}. */
    static Optional<OffsetDateTime> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        Matcher compact = COMPACT.matcher(text);
        if (compact.matches()) {
            return date(compact.group(1), compact.group(2), compact.group(3));
        }
        String iso = NUMERIC_OFFSET.matcher(text.replace(' ', 'T')).replaceFirst("$1:$2");
        for (Parser parser : new Parser[] {
                OffsetDateTime::parse,
                t -> ZonedDateTime.parse(t).toOffsetDateTime(),
                t -> LocalDateTime.parse(t).atOffset(ZoneOffset.UTC),
                t -> LocalDate.parse(t).atStartOfDay().atOffset(ZoneOffset.UTC)}) {
            try {
                return plausible(parser.parse(iso));
            } catch (DateTimeException notThisFormat) {
                // try the next format
            }
        }
        try {
            return plausible(ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime());
        } catch (DateTimeException notRfc1123) {
            return inProse(text);
        }
    }

    /** A date in a page address: {@code /2022/01/09/}, {@code /2022-01-09}, {@code /20220109/}. */
    static Optional<OffsetDateTime> inUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher matcher = IN_URL.matcher(url);
        while (matcher.find()) {
            Optional<OffsetDateTime> date = matcher.group(1) != null
                    ? date(matcher.group(1), matcher.group(2), matcher.group(3))
                    : date(matcher.group(4), matcher.group(5), matcher.group(6));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** The first date written out in prose: "January 9, 2022", "Jan. 9 2022", "9 January 2022", "14th Jan 2008". */
    static Optional<OffsetDateTime> inProse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher monthFirst = MONTH_DAY_YEAR.matcher(text);
        Matcher dayFirst = DAY_MONTH_YEAR.matcher(text);
        boolean hasMonthFirst = monthFirst.find();
        boolean hasDayFirst = dayFirst.find();
        if (hasMonthFirst && (!hasDayFirst || monthFirst.start() <= dayFirst.start())) {
            return date(monthFirst.group(3), month(monthFirst.group(1)), monthFirst.group(2));
        }
        if (hasDayFirst) {
            return date(dayFirst.group(3), month(dayFirst.group(2)), dayFirst.group(1));
        }
        return Optional.empty();
    }

    private static String month(String name) {
        return String.valueOf(MONTHS.get(name.toLowerCase(Locale.ROOT)));
    }

    private static Optional<OffsetDateTime> date(String year, String month, String day) {
        try {
            return plausible(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))
                    .atStartOfDay().atOffset(ZoneOffset.UTC));
        } catch (DateTimeException | NumberFormatException notADate) {
            return Optional.empty();
        }
    }

    private static Optional<OffsetDateTime> plausible(OffsetDateTime time) {
        int year = time.getYear();
        return year >= MIN_YEAR && year <= MAX_YEAR ? Optional.of(time) : Optional.empty();
    }

    @FunctionalInterface
    private interface Parser {
        OffsetDateTime parse(String text);
    }
}
