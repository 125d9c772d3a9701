package org.dictum.domain.extraction;

import java.util.List;
import java.util.Set;

/**
 * Reads what follows a cue verb: the hearer ("told reporters"), date and setting words ("on Tuesday",
 * "in a statement", "at a rally in Ohio"), an aside (", though,"), and then either the start of the content
 * ("that …", ": “…”") or the end of an attribution that follows its content ("…, he said Tuesday.").
 */
final class CueComplement {

    /** How far ahead "that" is looked for behind a hearer or a setting phrase. */
    static final int LOOKAHEAD = 14;
    private static final Set<String> HEARER_WORDS = Set.of(
            "him", "her", "them", "us", "me", "you", "reporters", "journalists", "supporters", "voters", "lawmakers",
            "members", "donors", "viewers", "listeners", "students", "attendees", "congress", "parliament",
            "everyone", "people", "delegates", "colleagues", "followers", "fans", "investors", "residents", "crowds",
            "audiences", "senators", "republicans", "democrats", "americans");
    private static final Set<String> SETTING_PREPOSITIONS = Set.of(
            "in", "at", "on", "during", "after", "before", "from", "via", "through", "while", "of", "outside",
            "inside", "following", "ahead", "to", "with", "over", "for");
    private static final Set<String> ASIDES = Set.of("though", "however", "too", "also", "then", "later", "again");
    /** After ", " these words continue a sentence whose attribution is complete: ", adding …", ", according to …". */
    private static final Set<String> CONTINUATIONS = Set.of(
            "and", "but", "or", "adding", "saying", "according", "who", "which", "as", "in", "at", "on", "while",
            "when", "after", "before", "because", "though", "although", "citing", "noting", "referring", "speaking",
            "pointing", "arguing", "explaining", "insisting", "suggesting", "warning", "calling", "where", "whose",
            "even", "despite", "since", "until", "with", "without", "for", "from", "during", "than", "if", "unless",
            "then", "so", "yet", "not", "just", "only", "including", "like", "per", "via", "apparently", "perhaps");
    /** "called for …", "called on Congress to …", "called out …": fine after a verb whose content is its object. */
    private static final Set<String> OBJECT_OPENERS = Set.of("for", "on", "out", "off", "back");
    private static final Set<String> REJECTED_OPENERS = Set.of(
            "to", "for", "about", "of", "with", "nothing", "something", "anything", "little", "much", "so",
            "goodbye", "hello", "thanks", "sorry", "by", "against", "yes", "otherwise", "more", "less", "goodnight",
            "publicly", "privately", "repeatedly", "up", "down", "out", "off", "back", "away", "over", "into");

    /** Rejected right after the cue ("said nothing"), these open a clause after "that" ("that more was needed"). */
    private static final Set<String> QUANTITY_SUBJECTS = Set.of("nothing", "something", "anything", "little", "much",
            "more", "less");

    private CueComplement() {
    }

    /** Index of the first content token after the cue, or -1 when what follows is not content for this verb. */
    static int contentStart(String text, List<Token> tokens, CueLexicon.Match cue, int limit) {
        return contentStart(text, tokens, cue, limit, false);
    }

    /**
     * @param complementiserOptional the speaker makes the clause without "that" unambiguous: "the poll shows Clinton
     *                               leading" (a document shows facts, a video may show a person)
     */
    static int contentStart(String text, List<Token> tokens, CueLexicon.Match cue, int limit,
                            boolean complementiserOptional) {
        int i = cue.to();
        if (cue.verb().takesInfinitive() && i < limit && tokens.get(i).is("to")) {
            return infinitive(tokens, i, limit);
        }
        if (cue.verb().takesHearer() || (i < limit && tokens.get(i).is("to"))) {
            i = afterHearer(tokens, i, limit);
        }
        i = afterAdjuncts(text, tokens, i, limit);
        boolean colon = false;
        if (i < limit && (tokens.get(i).text().equals(",") || tokens.get(i).text().equals(":"))) {
            colon = tokens.get(i).text().equals(":");
            i++;
        }
        if (i >= limit) {
            return -1;
        }
        Token first = tokens.get(i);
        boolean complementiser = CuePhrases.isComplementiser(first);
        if (cue.verb().needsComplementiser() && !complementiserOptional && !complementiser && !colon && !first.isQuoteMark()) {
            return -1;
        }
        if (cue.verb().onlyAfterContent() && !colon && !first.isQuoteMark()) {
            return -1;
        }
        if (first.is("that")) {
            i++;
            if (i + 1 < limit && tokens.get(i).text().equals(",") && tokens.get(i + 1).isWord()) {
                return i + 1;   // "said that, if elected, he would …": an inserted clause opens the content
            }
        }
        if (i >= limit || !(tokens.get(i).isWord() || tokens.get(i).isQuoteMark())) {
            return -1;
        }
        if (first.is("that") && QUANTITY_SUBJECTS.contains(tokens.get(i).lower())) {
            return i;   // "said that nothing was agreed", but not "said that about the talks"
        }
        boolean objectOpener = cue.verb().objectContent() && OBJECT_OPENERS.contains(tokens.get(i).lower());
        return REJECTED_OPENERS.contains(tokens.get(i).lower()) && !objectOpener ? -1 : i;
    }

    /** "wants to release the files": the content is the infinitive clause, "to" included; -1 without a verb after it. */
    private static int infinitive(List<Token> tokens, int to, int limit) {
        return to + 1 < limit && tokens.get(to + 1).isWord() && !tokens.get(to + 1).isCapitalised() ? to : -1;
    }

    /** Whether the clause ends at token i: sentence end, ";", a closing bracket, or ", adding …". */
    static boolean endsClause(List<Token> tokens, int i, int limit) {
        if (i >= limit) {
            return true;
        }
        String token = tokens.get(i).text();
        if (".!?;)".contains(token) || tokens.get(i).isQuoteMark() && i + 1 >= limit) {
            return restIsPunctuation(tokens, i, limit) || token.equals(";");
        }
        if (token.equals(",") || token.equals("—") || token.equals("–")) {
            return i + 1 >= limit || continuesAfterAttribution(tokens.get(i + 1));
        }
        return false;
    }

    /** "that …", ": …" or a quotation right at {@code i}: content that the words before announce. */
    static boolean startsClauseContent(List<Token> tokens, int i, int limit) {
        if (i >= limit) {
            return false;
        }
        Token token = tokens.get(i);
        return token.is("that") || token.text().equals(":") || token.isQuoteMark();
    }

    /** ", the official said, is dead": the content goes on after the attribution. */
    static boolean isParenthetical(List<Token> tokens, int i, int limit) {
        return i + 1 < limit && tokens.get(i).text().equals(",") && tokens.get(i + 1).isWord()
                && !continuesAfterAttribution(tokens.get(i + 1));
    }

    private static boolean continuesAfterAttribution(Token next) {
        String lower = next.lower();
        return CONTINUATIONS.contains(lower) || lower.endsWith("ing") || next.isQuoteMark() || next.isCapitalised()
                || !next.isWord();
    }

    private static boolean restIsPunctuation(List<Token> tokens, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (tokens.get(i).isWord()) {
                return false;
            }
        }
        return true;
    }

    /** Skips "reporters", "CNN’s Jake Tapper", "the crowd", "him", or anything up to a nearby "that". */
    static int afterHearer(List<Token> tokens, int from, int limit) {
        int i = from;
        if (i < limit && tokens.get(i).is("to")) {
            i++;
        }
        int that = nearbyComplementiser(tokens, i, limit);
        if (that >= 0) {
            return that;
        }
        if (i >= limit) {
            return i;
        }
        Token first = tokens.get(i);
        if (HEARER_WORDS.contains(first.lower()) && !first.is("her") || first.is("her") && !nextIsWordOf(tokens, i, limit)) {
            return i + 1;
        }
        if (first.isCapitalised() || CuePhrases.isDeterminerOrPossessive(first)) {
            int end = i + 1;
            while (end < limit && end - i < 6 && tokens.get(end).isWord()
                    && (tokens.get(end).isCapitalised() || tokens.get(end).lower().endsWith("’s")
                    || tokens.get(end).lower().endsWith("'s") || !first.isCapitalised() && isLowerNoun(tokens.get(end)))) {
                end++;
            }
            return end;
        }
        return i;
    }

    private static boolean nextIsWordOf(List<Token> tokens, int i, int limit) {
        return i + 1 < limit && tokens.get(i + 1).isWord() && !tokens.get(i + 1).is("that");
    }

    private static boolean isLowerNoun(Token token) {
        String lower = token.lower();
        return token.isWord() && !CuePhrases.isComplementiser(token) && !SETTING_PREPOSITIONS.contains(lower)
                && !CuePhrases.isAuxiliary(token) && !CuePhrases.isAdverb(lower) && !lower.equals("and");
    }

    /** Date words, "in a statement", "at a rally in Ohio" (up to a nearby "that", comma or colon), ", though,". */
    static int afterAdjuncts(String text, List<Token> tokens, int from, int limit) {
        int i = CuePhrases.afterTimePhrase(text, tokens, from, limit);
        int previous;
        do {
            previous = i;
            if (i < limit && SETTING_PREPOSITIONS.contains(tokens.get(i).lower()) && !tokens.get(i).is("to")) {
                int that = nearbyComplementiser(tokens, i + 1, limit);
                if (that >= 0) {
                    i = that;
                } else {
                    int punctuation = nearbyPunctuation(tokens, i + 1, limit);
                    if (punctuation >= 0) {
                        i = punctuation;
                    }
                }
            }
            if (i + 2 < limit && tokens.get(i).text().equals(",") && ASIDES.contains(tokens.get(i + 1).lower())
                    && tokens.get(i + 2).text().equals(",")) {
                i += 3;
            }
            i = CuePhrases.afterTimePhrase(text, tokens, i, limit);
        } while (i != previous);
        return i;
    }

    /** A "that"/"whether" within {@link #LOOKAHEAD} words with nothing but words before it, else -1. */
    private static int nearbyComplementiser(List<Token> tokens, int from, int limit) {
        for (int i = from; i < limit && i - from < LOOKAHEAD; i++) {
            Token token = tokens.get(i);
            if (token.is("that") || token.is("whether")) {
                return i;
            }
            if (!token.isWord() && !token.isQuoteMark() && !"-&’'".contains(token.text())) {
                return -1;
            }
        }
        return -1;
    }

    /** The comma, colon or period that ends a setting phrase within {@link #LOOKAHEAD} words, else -1. */
    private static int nearbyPunctuation(List<Token> tokens, int from, int limit) {
        int i = from;
        for (; i < limit && i - from < LOOKAHEAD; i++) {
            Token token = tokens.get(i);
            if (!token.isWord() && !token.text().equals("-") && !token.text().equals("&")) {
                return ",:.;".contains(token.text()) ? i : -1;
            }
        }
        return i >= limit ? limit : -1;
    }
}
