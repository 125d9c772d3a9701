package org.dictum.domain.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date a statement was made from the date words of its attribution ("said Saturday", "on Jan. 5",
 * "yesterday"), resolved against the publication date. A weekday means the most recent such day on or before
 * publication (reporting is about the past); a date without a year takes the publication year, or the year
 * before when that would lie after publication.
 */
final class StatementDateResolver {

    private static final String WEEKDAY = "(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![’'\\p{L}])";
    private static final String MONTH = "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern RELATIVE_DAY = Pattern.compile("(?<![\\p{L}])(?<word>yesterday|today|tonight)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY_NAME = Pattern.compile("(?<![\\p{L}])" + WEEKDAY);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<![\\p{L}])" + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(?<year>\\d{4}))?");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\p{L}\\d])(?<day>\\d{1,2})\\s+" + MONTH + "(?![\\p{L}])(?:\\s+(?<year>\\d{4}))?");
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");

    /**
     * Date words that may follow a cue verb as part of the attribution: "said Saturday", "said on Jan. 5, 2022",
     * "said yesterday", "said last Monday", "said in a statement".
     */
    static final Pattern TIME_PHRASE = Pattern.compile("(?:\\s+(?:"
            + "(?:(?:on|last|late|early)\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![’'\\p{L}])"
            + "(?:\\s+(?:morning|afternoon|evening|night))?"
            + "|yesterday|today|tonight|earlier|later|again|publicly|privately"
            + "|in an? (?:statement|interview|briefing|press conference|post)"
            + "|(?:on\\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?"
            + "))*");

    /** The date named in the attribution text, if any. Relative words need a publication date. */
    Optional<LocalDate> dateIn(String attribution, LocalDate publicationDate) {
        Optional<LocalDate> absolute = absoluteDate(attribution, publicationDate);
        if (absolute.isPresent() || publicationDate == null) {
            return absolute;
        }
        Matcher relative = RELATIVE_DAY.matcher(attribution);
        if (relative.find()) {
            String word = relative.group("word").toLowerCase(Locale.ROOT);
            return Optional.of(word.equals("yesterday") ? publicationDate.minusDays(1) : publicationDate);
        }
        Matcher weekday = WEEKDAY_NAME.matcher(attribution);
        if (weekday.find()) {
            DayOfWeek day = DayOfWeek.valueOf(weekday.group("weekday").toUpperCase(Locale.ROOT));
            return Optional.of(publicationDate.with(TemporalAdjusters.previousOrSame(day)));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> absoluteDate(String text, LocalDate publicationDate) {
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.find()) {
            return safeDate(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
        }
        for (Pattern pattern : new Pattern[] {MONTH_DAY, DAY_MONTH}) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.find()) {
                return dayOfMonth(matcher, publicationDate);
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> dayOfMonth(Matcher matcher, LocalDate publicationDate) {
        int month = monthNumber(matcher.group("month"));
        int day = Integer.parseInt(matcher.group("day"));
        if (matcher.group("year") != null) {
            return safeDate(Integer.parseInt(matcher.group("year")), month, day);
        }
        if (publicationDate == null) {
            return Optional.empty();
        }
        Optional<LocalDate> sameYear = safeDate(publicationDate.getYear(), month, day);
        if (sameYear.isPresent() && sameYear.get().isAfter(publicationDate)) {
            return safeDate(publicationDate.getYear() - 1, month, day);
        }
        return sameYear;
    }

    private static int monthNumber(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month.getValue();
            }
        }
        throw new IllegalArgumentException("Not a month: " + name);
    }

    private static Optional<LocalDate> safeDate(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
