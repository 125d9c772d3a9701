package org.dictum.domain.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The small grammar around a cue verb shared by the reported-speech and direct-quote finders. */
final class CuePhrases {

    /** Auxiliaries and adverbs between speaker and verb: "The official also said", "Russia has warned". */
    private static final Pattern TRAILING_AUXILIARIES = Pattern.compile(
            "(?:\\s+(?:also|has|have|had|will|would|further|later|again|previously|earlier|then|repeatedly|once|"
                    + "publicly|privately|reportedly))+\\s*$");
    /** A discourse connective before the speaker: "But, the official said", "On Monday, Russia warned". */
    private static final Pattern LEADING_CONNECTIVE = Pattern.compile(
            "^(?:But|And|However|Still|Meanwhile|Yet|So|Instead|Separately|Earlier|Later|Now|Also|"
                    + "In a statement|In an interview|On (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
                    + "\\s*,?\\s+");
    /** An aside after the verb: "He added, though, that". */
    static final Pattern ASIDE = Pattern.compile("^\\s*,\\s*(?:though|however|too|also|then|later|again)\\s*,");
    /** The hearer of "told": "told reporters", "told The Associated Press". */
    static final Pattern HEARER = Pattern.compile(
            "^\\s+(?:reporters|journalists|the press|lawmakers|parliament|him|her|them|us|me|"
                    + "(?:the\\s+)?\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)*)");
    static final Pattern LINK_TO_CONTENT = Pattern.compile("^\\s*[,:]?\\s*(?:that\\s+)?");
    static final Pattern QUOTE_CHARS = Pattern.compile("[\"“”«»„]");

    private static final Pattern TRAILING_TIME_PHRASE =
            Pattern.compile("(?:" + StatementDateResolver.TIME_PHRASE.pattern() + ")$");

    private CuePhrases() {
    }

    /** "the official Saturday" without its date words. */
    static String withoutTrailingTimePhrase(String text) {
        Matcher time = TRAILING_TIME_PHRASE.matcher(text);
        return time.find() ? text.substring(0, time.start()) : text;
    }

    static String withoutTrailingAuxiliaries(String text) {
        return TRAILING_AUXILIARIES.matcher(text).replaceFirst("");
    }

    /** Length of a leading connective, 0 if there is none. */
    static int leadingConnectiveLength(String text) {
        Matcher matcher = LEADING_CONNECTIVE.matcher(text);
        return matcher.find() ? matcher.end() : 0;
    }

    /** Length of the date/time words at the start of {@code text} (may be 0). */
    static int timePhraseLength(String text) {
        Matcher matcher = StatementDateResolver.TIME_PHRASE.matcher(text);
        return matcher.lookingAt() ? matcher.end() : 0;
    }

    static int lengthOf(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.lookingAt() ? matcher.end() : 0;
    }

    static boolean hasQuoteMark(String text) {
        return QUOTE_CHARS.matcher(text).find();
    }

    static int wordCount(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    /** Start offset after leading whitespace and punctuation. */
    static int trimStart(String text, int start, int end) {
        while (start < end && isTrimmable(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /** End offset before trailing whitespace and sentence punctuation. */
    static int trimEnd(String text, int start, int end) {
        while (end > start && (isTrimmable(text.charAt(end - 1)) || ".!?".indexOf(text.charAt(end - 1)) >= 0)) {
            if (endsWithInitialism(text, start, end)) {
                break;
            }
            end--;
        }
        return end;
    }

    /** "the U.S." keeps its last period. */
    private static boolean endsWithInitialism(String text, int start, int end) {
        return end - start >= 3 && text.charAt(end - 1) == '.' && Character.isUpperCase(text.charAt(end - 2))
                && text.charAt(end - 3) == '.';
    }

    private static boolean isTrimmable(char c) {
        return Character.isWhitespace(c) || ",;:".indexOf(c) >= 0;
    }
}
