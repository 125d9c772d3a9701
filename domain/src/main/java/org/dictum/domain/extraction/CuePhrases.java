package org.dictum.domain.extraction;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small grammar around a cue verb shared by the statement finders: the auxiliaries and adverbs between a
 * speaker and its verb ("has repeatedly said"), the date and setting words of an attribution ("said Saturday",
 * "said in a statement"), connectives that open a sentence ("But", "However"), and the words that show a cue
 * word is not used as a verb of speech here ("to say", "the reports", "was told").
 */
final class CuePhrases {

    private static final Set<String> AUXILIARIES = Set.of(
            "has", "have", "had", "also", "will", "would", "could", "can", "may", "might", "should", "must", "did",
            "does", "do", "not", "never", "n’t", "already", "again", "later", "then", "once", "still", "even", "just",
            "long", "since", "further", "first", "only", "earlier", "often", "soon", "now", "both", "all", "too",
            "’ll", "'ll", "’d", "'d", "’s", "'s", "is", "are", "was", "were", "been", "be", "being", "’ve", "'ve",
            "however", "though", "meanwhile", "instead", "therefore", "thus");
    private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "be", "been", "being", "’s", "'s");
    private static final Set<String> NOT_ADVERBS = Set.of(
            "family", "rally", "ally", "supply", "assembly", "july", "reply", "anomaly", "monopoly", "bully", "italy",
            "fly", "holy", "ugly", "early", "only", "daily", "weekly", "monthly", "likely");
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "twenty", "fifty", "hundred", "thousand", "million", "billion");
    private static final String CURRENCY_SIGNS = "$£€¥";
    private static final Set<String> DETERMINERS = Set.of(
            "a", "an", "the", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your", "whose",
            "any", "no", "every", "each", "some", "many", "such", "several", "new", "latest", "recent", "previous");
    /** Sentence openers that are not part of a speaker phrase. */
    static final Set<String> CONNECTIVES = Set.of(
            "but", "and", "however", "still", "meanwhile", "yet", "so", "instead", "separately", "earlier", "later",
            "now", "also", "indeed", "then", "moreover", "similarly", "likewise", "finally", "ultimately", "today",
            "tonight", "yesterday", "thus", "plus", "besides", "again", "nonetheless", "nevertheless", "previously",
            "already", "recently", "in", "on", "at", "during", "after", "before", "since", "for", "by", "speaking",
            "asked", "interviewed", "when", "while", "last", "this", "that", "there", "here");
    /** Words that open a clause: "that", "whether" ... */
    static final Set<String> COMPLEMENTISERS = Set.of("that", "whether", "if", "how", "why", "what", "when", "who",
            "where", "which");
    private static final Pattern TRAILING_TIME_PHRASE =
            Pattern.compile("(?:" + StatementDateResolver.TIME_PHRASE.pattern() + ")$");

    /** Verbs of aspect before a cue: "keeps saying", "continues to insist", "began to argue". */
    static final Set<String> ASPECT_VERBS = Set.of("keep", "keeps", "kept", "keeping", "continue", "continues",
            "continued", "continuing", "begin", "begins", "began", "begun", "start", "starts", "started", "stop",
            "stops", "stopped");

    private CuePhrases() {
    }

    /**
     * "are saying", "isn’t saying", "keeps saying": an -ing form that is the finite verb of its clause (progressive
     * or after a verb of aspect), whose speaker stands before it like that of "said".
     */
    static boolean isProgressive(List<Token> tokens, int cueFrom) {
        int i = cueFrom - 1;
        while (i >= 0 && (isAdverb(tokens, i) || tokens.get(i).is("not") || tokens.get(i).is("n’t")
                || tokens.get(i).is("n't") || tokens.get(i).is("also") || tokens.get(i).is("still") || tokens.get(i).is("now"))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        String lower = tokens.get(i).lower();
        return BE_FORMS.contains(lower) && !lower.equals("being") && !lower.equals("be") || lower.equals("’re")
                || lower.equals("'re") || lower.equals("isn’t") || lower.equals("isn't") || lower.equals("aren’t")
                || lower.equals("aren't") || lower.equals("wasn’t") || lower.equals("wasn't")
                || ASPECT_VERBS.contains(lower);
    }

    /** "has", "also", "repeatedly", "’ll", "so far": words between a speaker and the verb. */
    static boolean isAuxiliaryOrAdverb(List<Token> tokens, int index) {
        return AUXILIARIES.contains(tokens.get(index).lower()) || isAdverb(tokens, index) || isInSoFar(tokens, index);
    }

    /** Either word of "so far" or "thus far" ("The system has so far predicted …"). */
    private static boolean isInSoFar(List<Token> tokens, int index) {
        String lower = tokens.get(index).lower();
        if (lower.equals("far")) {
            return index > 0 && (tokens.get(index - 1).is("so") || tokens.get(index - 1).is("thus"));
        }
        return lower.equals("so") && index + 1 < tokens.size() && tokens.get(index + 1).is("far");
    }

    static boolean isAuxiliary(Token token) {
        return AUXILIARIES.contains(token.lower());
    }

    /**
     * "repeatedly", "Separately" opening a sentence; not "Kelly" or "Connolly" inside one ("Mary Kelly said"): a
     * capitalised word after the first is a name.
     */
    static boolean isAdverb(List<Token> tokens, int index) {
        Token token = tokens.get(index);
        return isAdverb(token.lower()) && !(index > 0 && token.isCapitalised());
    }

    /** An "-ly" word taken out of its sentence; where the sentence is at hand, {@link #isAdverb(List, int)}. */
    static boolean isAdverb(String lower) {
        return lower.length() > 4 && lower.endsWith("ly") && !NOT_ADVERBS.contains(lower);
    }

    static boolean isBeForm(Token token) {
        return BE_FORMS.contains(token.lower());
    }

    /** "3", "26.7", "$35", "three", "million": a number in figures, with a currency sign, or in words. */
    static boolean isNumber(Token token) {
        char first = token.text().charAt(0);
        return Character.isDigit(first) || CURRENCY_SIGNS.indexOf(first) >= 0 || NUMBER_WORDS.contains(token.lower());
    }

    /** "the", "his", "Trump’s": before one of these a cue word is a noun ("the reports", "Trump’s claims"). */
    static boolean isDeterminerOrPossessive(Token token) {
        String lower = token.lower();
        return DETERMINERS.contains(lower) || lower.endsWith("’s") || lower.endsWith("'s") || lower.endsWith("s’");
    }

    static boolean isComplementiser(Token token) {
        return COMPLEMENTISERS.contains(token.lower());
    }

    /** Index of the first token at or after {@code from} that is not part of date words such as "on Saturday". */
    static int afterTimePhrase(String text, List<Token> tokens, int from, int limit) {
        if (from >= limit) {
            return from;
        }
        Matcher time = StatementDateResolver.TIME_PHRASE.matcher(text);
        int start = from == 0 ? tokens.get(0).start() : tokens.get(from - 1).end();
        time.region(start, tokens.get(limit - 1).end());
        if (!time.lookingAt() || time.end() == start) {
            return from;
        }
        return firstTokenAtOrAfter(tokens, time.end(), from, limit);
    }

    /** Index of the first token of date words that end just before token {@code before} ("Trump on Monday said"). */
    static int startOfTimePhraseBefore(String text, List<Token> tokens, int floor, int before) {
        if (before <= floor) {
            return before;
        }
        int regionStart = tokens.get(floor).start();
        Matcher time = TRAILING_TIME_PHRASE.matcher(text);
        time.region(regionStart, tokens.get(before - 1).end());
        if (!time.find() || time.start() == time.end()) {
            return before;
        }
        return firstTokenAtOrAfter(tokens, time.start(), floor, before);
    }

    static int firstTokenAtOrAfter(List<Token> tokens, int offset, int from, int limit) {
        int i = from;
        while (i < limit && tokens.get(i).start() < offset) {
            i++;
        }
        return i;
    }

    static int wordCount(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
