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
 * "yesterday", "last week"), resolved against the publication date.
 * <ul>
 *   <li>A weekday is the most recent such day on or before publication (reporting is about the past), unless the
 *       attribution is in the future tense ("will say Tuesday", "is expected to announce Friday"): then it is the
 *       next such day on or after publication. A cue in the past tense ("said") never gets a relative date after
 *       publication ("said tomorrow" is no date). "last Monday" is strictly before, "next Monday" strictly after.</li>
 *   <li>A date without a year takes the publication year, or the year before when that would lie after
 *       publication.</li>
 *   <li>"yesterday", "today", "tomorrow"; "N days/weeks ago".</li>
 *   <li>"last week" / "last month" / "last year" are the same day one week, month or year before publication,
 *       "next week" one week after: the right week, month or year, with the day approximate.</li>
 * </ul>
 * Vaguer words ("recently", "earlier this week") resolve to nothing; the caller then falls back to the
 * publication date and marks the date inferred.
 */
final class StatementDateResolver {

    private static final String WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final String MONTH = "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String MONTH_NAMES = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
    private static final Pattern RELATIVE_DAY = Pattern.compile(
            "(?<![\\p{L}])(?<word>yesterday|today|tonight|tomorrow)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?<![\\p{L}])(?:(?<which>last|next|this|coming|this coming|this past|past)\\s+)?(?<weekday>" + WEEKDAY_NAMES
                    + ")(?![’'\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE_PERIOD = Pattern.compile(
            "(?<![\\p{L}])(?<which>last|next)\\s+(?<unit>week|month|year)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern AGO = Pattern.compile(
            "(?<![\\p{L}])(?<count>a|an|one|two|three|four|five|six|seven|\\d{1,2})\\s+(?<unit>day|days|week|weeks)\\s+ago(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<![\\p{L}])" + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(?<year>\\d{4}))?");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\p{L}\\d])(?<day>\\d{1,2})\\s+" + MONTH + "(?![\\p{L}])(?:\\s+(?<year>\\d{4}))?");
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");
    private static final Pattern FUTURE = Pattern.compile(
            "(?<![\\p{L}])(?:will|shall|’ll|'ll|(?:is|are)\\s+(?:expected|scheduled|set|due|slated|going)\\s+to"
                    + "|plans?\\s+to|intends?\\s+to)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

    /** A cue in the past tense: "said", "told", "added", "according to" is not, "will say" neither. */
    private static final Pattern PAST_CUE = Pattern.compile(
            "(?i)(?:ed|said|told|wrote|spoke|thought|felt|knew|saw|heard|gave|made|took|held|found|sent|swore|taught"
                    + "|understood|put|read)$");

    /**
     * Date and setting words that may stand next to a cue verb as part of the attribution: "said Saturday",
     * "said on Jan. 5, 2022", "said yesterday", "said last week", "said in a statement", "said two days ago".
     * Each alternative starts with whitespace, so the pattern matches from just after the preceding word.
     */
    static final Pattern TIME_PHRASE = Pattern.compile("(?:\\s+(?:"
            + "(?:(?:on|last|late|early|next|this|this coming|this past|past|coming)\\s+)?(?:" + WEEKDAY_NAMES + ")(?![’'\\p{L}])"
            + "(?:\\s+(?:morning|afternoon|evening|night))?"
            + "|yesterday|today|tonight|tomorrow|earlier|later|again|recently|previously|publicly|privately"
            + "|(?:(?:earlier|later|late|early)\\s+)?(?:last|this|next|past)\\s+(?:week|weekend|month|year|summer|fall|autumn|winter|spring|night|morning|evening)"
            + "|(?:a|an|one|two|three|four|five|six|seven|several|few|\\d{1,2})\\s+(?:days?|weeks?|months?|years?)\\s+(?:ago|earlier|later)"
            + "|in an? (?:statement|interview|briefing|press conference|news conference|post|tweet|email|letter|speech|video|memo|op-ed|radio interview|television interview|telephone interview|phone interview)"
            + "|on (?:Twitter|Facebook|Instagram)"
            + "|(?:on\\s+)?(?:" + MONTH_NAMES + ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?"
            + "|in (?:(?:" + MONTH_NAMES + ")\\.?(?:\\s+\\d{4})?|\\d{4})"
            + "))*");

    /**
     * The date named in the attribution text, if any. Relative words need a publication date. A relative date after
     * publication needs a cue that is not in the past tense: "said Friday" in an article of Wednesday is no later day.
     *
     * @param cue the cue as written ("said", "will say"), null when there is none
     */
    Optional<LocalDate> dateIn(String attribution, String cue, LocalDate publicationDate) {
        boolean past = cue != null && PAST_CUE.matcher(cue.strip()).find();
        Optional<LocalDate> date = dateIn(attribution, publicationDate, past);
        return past && publicationDate != null
                ? date.filter(day -> !day.isAfter(publicationDate) || isAbsolute(attribution)) : date;
    }

    private static boolean isAbsolute(String attribution) {
        return ISO_DATE.matcher(attribution).find() || MONTH_DAY.matcher(attribution).find()
                || DAY_MONTH.matcher(attribution).find();
    }

    /** The date named in the attribution text, if any, whatever the cue's tense. */
    Optional<LocalDate> dateIn(String attribution, LocalDate publicationDate) {
        return dateIn(attribution, publicationDate, false);
    }

    private Optional<LocalDate> dateIn(String attribution, LocalDate publicationDate, boolean pastCue) {
        Optional<LocalDate> absolute = absoluteDate(attribution, publicationDate);
        if (absolute.isPresent() || publicationDate == null) {
            return absolute;
        }
        Matcher relative = RELATIVE_DAY.matcher(attribution);
        if (relative.find()) {
            return Optional.of(switch (relative.group("word").toLowerCase(Locale.ROOT)) {
                case "yesterday" -> publicationDate.minusDays(1);
                case "tomorrow" -> publicationDate.plusDays(1);
                default -> publicationDate;
            });
        }
        Matcher weekday = WEEKDAY.matcher(attribution);
        if (weekday.find()) {
            return Optional.of(weekday(weekday, publicationDate, !pastCue && FUTURE.matcher(attribution).find()));
        }
        Matcher period = RELATIVE_PERIOD.matcher(attribution);
        if (period.find()) {
            int sign = period.group("which").equalsIgnoreCase("last") ? -1 : 1;
            return Optional.of(switch (period.group("unit").toLowerCase(Locale.ROOT)) {
                case "week" -> publicationDate.plusWeeks(sign);
                case "month" -> publicationDate.plusMonths(sign);
                default -> publicationDate.plusYears(sign);
            });
        }
        Matcher ago = AGO.matcher(attribution);
        if (ago.find()) {
            int count = count(ago.group("count"));
            return Optional.of(ago.group("unit").toLowerCase(Locale.ROOT).startsWith("week")
                    ? publicationDate.minusWeeks(count) : publicationDate.minusDays(count));
        }
        return Optional.empty();
    }

    private static LocalDate weekday(Matcher weekday, LocalDate publicationDate, boolean future) {
        DayOfWeek day = DayOfWeek.valueOf(weekday.group("weekday").toUpperCase(Locale.ROOT));
        String which = weekday.group("which") == null ? "" : weekday.group("which").toLowerCase(Locale.ROOT);
        if (which.equals("last") || which.equals("past") || which.equals("this past")) {
            return publicationDate.with(TemporalAdjusters.previous(day));
        }
        if (which.equals("next") || which.equals("coming") || which.equals("this coming")) {
            return publicationDate.with(TemporalAdjusters.next(day));
        }
        return future ? publicationDate.with(TemporalAdjusters.nextOrSame(day))
                : publicationDate.with(TemporalAdjusters.previousOrSame(day));
    }

    private static int count(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "a", "an", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            default -> Integer.parseInt(word);
        };
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
