package org.dictum.domain.extraction;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the words that name the speaker around a cue, without a parser: a noun phrase is a run of words up to a
 * clause boundary (punctuation, "that", "when", another cue ...) whose last word is a plausible head (a pronoun,
 * a capitalised word, or a role noun such as "official" or "poll"). Handles appositions ("Peskov, a Kremlin
 * spokesman, said"; "The Kremlin spokesman, Dmitry Peskov, said"), relative clauses ("officials who spoke with
 * reporters said") and coordination ("Clinton and Sanders said").
 */
final class SpeakerLocator {

    static final int MAX_PHRASE_TOKENS = 12;
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "you", "it");
    private static final Set<String> BOUNDARY_WORDS = Set.of(
            "that", "which", "who", "whom", "whose", "because", "since", "although", "though", "while", "when",
            "whereas", "if", "unless", "after", "before", "as", "but", "or", "so", "than", "where", "how", "why",
            "what", "whether", "until", "is", "are", "was", "were", "has", "have", "had", "will", "would", "could",
            "can", "should", "may", "might", "must", "did", "does", "do", "not", "to", "be", "been", "also", "there",
            "said", "says", "say", "and", "nor", "yet", "then", "even", "just", "only", "by", "into", "about",
            "over", "under", "against", "through", "during", "without", "within", "upon", "among", "between",
            "like", "unlike", "despite", "toward", "towards", "once", "whatever", "whoever", "all", "none");
    /** "is expected to say", "plans to announce": a future statement, the speaker stands before the frame. */
    static final Set<String> FUTURE_FRAMES = Set.of("expected", "scheduled", "set", "due", "slated", "going", "plans",
            "plan", "planned", "intends", "intend", "poised");
    private static final Set<String> NP_PREPOSITIONS = Set.of("of", "for", "at", "from", "with", "in", "on", "to");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that");
    private static final Set<String> NOT_HEADS = Set.of(
            "The", "This", "That", "These", "Those", "There", "Here", "What", "Which", "Who", "Many", "Some", "Most",
            "All", "Both", "Few", "Several", "Such", "Other", "Each", "Every", "Any", "No", "None", "Nothing",
            "Something", "Everything", "Anything", "Everyone", "Anyone", "Someone", "Nobody", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December", "Today", "Yesterday", "But",
            "And", "However", "So", "If", "When", "As", "In", "On", "At", "After", "Before", "Now", "Then", "Still",
            "Yet", "Also", "Even", "Just", "Only", "Last", "Next", "Earlier", "Later", "Meanwhile", "Instead", "Mr.",
            "Mrs.", "Ms.", "Dr.", "A", "An", "Not", "Well", "Yes", "Oh", "Please", "Thank", "Thanks");
    private static final Set<String> APPOSITION_OPENERS = Set.of("a", "an", "the", "who", "which", "whose", "his",
            "her", "their", "its", "one", "now", "then", "himself", "herself", "formerly");
    private static final Set<String> ASIDES = Set.of("however", "though", "too", "also", "meanwhile", "then", "in turn",
            "for his part", "for her part", "for their part", "for its part", "in response", "in a statement",
            "in an interview", "on the other hand", "in contrast", "for example", "again", "later", "earlier");

    /**
     * A speaker phrase by token indices.
     *
     * @param from     first token of the whole mention, apposition included
     * @param to       token after the mention
     * @param coreFrom first token of the part that names the speaker ("Peskov" in "Peskov, a Kremlin spokesman")
     * @param coreTo   token after that part
     */
    record Located(int from, int to, int coreFrom, int coreTo) {

        static Located plain(int from, int to) {
            return new Located(from, to, from, to);
        }
    }

    private final SpeakerRoles roles;
    private final CueLexicon cues;

    SpeakerLocator(SpeakerRoles roles, CueLexicon cues) {
        this.roles = roles;
        this.cues = cues;
    }

    /**
     * The speaker that ends just before the cue at {@code cue}, looking no further left than {@code floor}.
     * Auxiliaries, adverbs and date words between speaker and cue are skipped ("Trump on Monday has repeatedly said").
     */
    Optional<Located> before(String text, List<Token> tokens, int floor, int cue) {
        int end = skipBackOverAuxiliaries(text, tokens, floor, cue);
        if (end <= floor) {
            return Optional.empty();
        }
        Token last = tokens.get(end - 1);
        if (last.text().equals(",")) {
            return apposition(tokens, floor, end - 1);
        }
        if (last.is("who") && end - 2 >= floor) {
            return phraseEndingAt(tokens, floor, end - 2)
                    .map(antecedent -> new Located(antecedent.from(), end, antecedent.coreFrom(), antecedent.coreTo()));
        }
        if (last.is("and") && end - 2 >= floor && !tokens.get(end - 2).isCapitalised()) {
            return subjectOfCoordinatedVerb(text, tokens, floor, end - 1);
        }
        return phraseEndingAt(tokens, floor, end - 1);
    }

    /** "Trump doubled down on his comments and said …": the subject of the clause the verbs share. */
    private Optional<Located> subjectOfCoordinatedVerb(String text, List<Token> tokens, int floor, int and) {
        for (int start = and - 1; start >= floor; start--) {
            boolean clauseStart = start == floor || tokens.get(start - 1).text().equals(",")
                    || tokens.get(start - 1).text().equals(";");
            if (!clauseStart) {
                continue;
            }
            Optional<Located> subject = clauseSubject(text, tokens, start, and);
            if (subject.isPresent() && subject.get().to() < and && !tokens.get(subject.get().to()).text().equals(",")) {
                return subject;
            }
        }
        return Optional.empty();
    }

    /** The speaker after an inverted cue ("…, said the official"), from {@code from} up to the clause end. */
    Optional<Located> after(List<Token> tokens, int from, int limit) {
        int end = from;
        while (end < limit && end - from < MAX_PHRASE_TOKENS && isPhraseWord(tokens, end, true)) {
            end++;
        }
        while (end > from && !isHead(tokens.get(end - 1))) {
            end--;
        }
        if (end == from || !startsPhrase(tokens.get(from))) {
            return Optional.empty();
        }
        Located core = Located.plain(from, end);
        if (end + 1 < limit && tokens.get(end).text().equals(",")) {
            int appositionEnd = end + 1;
            while (appositionEnd < limit && isPhraseWord(tokens, appositionEnd, true)) {
                appositionEnd++;
            }
            boolean reachesClauseEnd = appositionEnd == limit || ",.;".contains(tokens.get(appositionEnd).text());
            if (reachesClauseEnd && appositionEnd > end + 1 && isAppositionStart(tokens.get(end + 1))) {
                return Optional.of(new Located(from, appositionEnd, from, end));
            }
        }
        return Optional.of(core);
    }

    /** The subject that opens the clause starting at {@code from}: "Trump" in "Trump lashed out, saying ...". */
    Optional<Located> clauseSubject(String text, List<Token> tokens, int from, int limit) {
        int start = from;
        while (start < limit && CuePhrases.CONNECTIVES.contains(tokens.get(start).lower())) {
            start++;
        }
        start = CuePhrases.afterTimePhrase(text, tokens, start, limit);
        while (start < limit && tokens.get(start).text().equals(",")) {
            start++;
        }
        int end = start;
        while (end < limit && end - start < MAX_PHRASE_TOKENS && isSubjectWord(tokens, end)) {
            end++;
        }
        while (end > start && !isHead(tokens.get(end - 1))) {
            end--;
        }
        return end > start ? Optional.of(Located.plain(start, end)) : Optional.empty();
    }

    private int skipBackOverAuxiliaries(String text, List<Token> tokens, int floor, int cue) {
        int end = cue;
        int previous;
        do {
            previous = end;
            if (end - 2 >= floor && tokens.get(end - 1).is("to") && FUTURE_FRAMES.contains(tokens.get(end - 2).lower())) {
                end -= 2;
            }
            while (end > floor && CuePhrases.isAuxiliaryOrAdverb(tokens.get(end - 1))) {
                end--;
            }
            end = CuePhrases.startOfTimePhraseBefore(text, tokens, floor, end);
        } while (end != previous);
        return end;
    }

    /** "Peskov, a Kremlin spokesman, said" / "The Kremlin spokesman, Dmitry Peskov, said" / "Trump, however, said". */
    private Optional<Located> apposition(List<Token> tokens, int floor, int comma) {
        int previousComma = comma - 1;
        while (previousComma > floor && !tokens.get(previousComma).text().equals(",")) {
            if (isHardBoundary(tokens.get(previousComma))) {
                return Optional.empty();
            }
            previousComma--;
        }
        if (previousComma <= floor || !tokens.get(previousComma).text().equals(",")) {
            return Optional.empty();
        }
        String inserted = join(tokens, previousComma + 1, comma).toLowerCase(java.util.Locale.ROOT);
        Optional<Located> named = phraseEndingAt(tokens, floor, previousComma - 1);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Located first = named.get();
        if (ASIDES.contains(inserted)) {
            return Optional.of(first);
        }
        if (!isAppositionStart(tokens.get(previousComma + 1)) && !isCapitalisedPhrase(tokens, previousComma + 1, comma)
                && !isPartyOrAge(tokens, previousComma + 1, comma)) {
            return Optional.empty();
        }
        boolean firstIsName = tokens.get(first.coreTo() - 1).isCapitalised();
        boolean insertedIsName = isCapitalisedPhrase(tokens, previousComma + 1, comma);
        if (!firstIsName && insertedIsName) {
            return Optional.of(new Located(first.from(), comma, previousComma + 1, comma));
        }
        return Optional.of(new Located(first.from(), comma, first.coreFrom(), first.coreTo()));
    }

    /** The noun phrase whose last word is token {@code head}. */
    private Optional<Located> phraseEndingAt(List<Token> tokens, int floor, int head) {
        if (head < floor) {
            return Optional.empty();
        }
        if (!isHead(tokens.get(head))) {
            return withRelativeClause(tokens, floor, head);
        }
        if (PRONOUNS.contains(tokens.get(head).lower())) {
            return Optional.of(Located.plain(head, head + 1));
        }
        int start = head;
        while (start > floor && head - start < MAX_PHRASE_TOKENS && isPhraseWord(tokens, start - 1, false)) {
            start--;
        }
        while (start < head && (CuePhrases.CONNECTIVES.contains(tokens.get(start).lower())
                || NP_PREPOSITIONS.contains(tokens.get(start).lower()) || tokens.get(start).lower().equals("and"))) {
            start++;
        }
        if (!startsPhrase(tokens.get(start))) {
            return Optional.empty();
        }
        if (start - 2 >= floor && RELATIVE_PRONOUNS.contains(tokens.get(start - 1).lower())) {
            Optional<Located> antecedent = phraseEndingAt(tokens, floor, start - 2);
            if (antecedent.isPresent() && !PRONOUNS.contains(tokens.get(start - 2).lower())) {
                return Optional.of(new Located(antecedent.get().from(), head + 1, antecedent.get().from(), start - 1));
            }
        }
        return Optional.of(Located.plain(start, head + 1));
    }

    /** "officials who spoke on condition of anonymity": the head is the antecedent of the relative pronoun. */
    private Optional<Located> withRelativeClause(List<Token> tokens, int floor, int end) {
        for (int i = end - 1; i > floor && end - i < MAX_PHRASE_TOKENS; i--) {
            Token token = tokens.get(i);
            if (isHardBoundary(token) || token.text().equals(",")) {
                return Optional.empty();
            }
            if (RELATIVE_PRONOUNS.contains(token.lower()) && !token.is("that")) {
                Optional<Located> antecedent = isHead(tokens.get(i - 1)) && !PRONOUNS.contains(tokens.get(i - 1).lower())
                        ? phraseEndingAt(tokens, floor, i - 1) : Optional.empty();
                return antecedent.map(found -> new Located(found.from(), end + 1, found.coreFrom(), found.coreTo()));
            }
        }
        return Optional.empty();
    }

    /** Whether the token at {@code index} can be inside a noun phrase. */
    private boolean isPhraseWord(List<Token> tokens, int index, boolean forward) {
        Token token = tokens.get(index);
        String lower = token.lower();
        if (!token.isWord()) {
            return token.text().equals("&") || token.text().equals("-");
        }
        if (lower.equals("and") || lower.equals("&")) {
            return isCoordinated(tokens, index);
        }
        if (NP_PREPOSITIONS.contains(lower)) {
            return !forward || !Set.of("in", "on", "at").contains(lower);
        }
        if (BOUNDARY_WORDS.contains(lower) || cues.isCueWord(lower) || CuePhrases.isAdverb(lower)) {
            return false;
        }
        return !PRONOUNS.contains(lower) || forward;
    }

    /** Subjects are stricter than phrases found backwards from a cue: no unknown lower-case words (verbs). */
    private boolean isSubjectWord(List<Token> tokens, int index) {
        Token token = tokens.get(index);
        String lower = token.lower();
        if (!token.isWord()) {
            return false;
        }
        if (token.isCapitalised() || CuePhrases.isDeterminerOrPossessive(token) || roles.isHeadWord(lower)
                || Character.isDigit(token.text().charAt(0)) || lower.contains("-")) {
            return true;
        }
        if (PRONOUNS.contains(lower)) {
            return index == 0 || !tokens.get(index - 1).isWord();
        }
        return (lower.equals("of") || lower.equals("for")) && index + 1 < tokens.size() && tokens.get(index + 1).isWord();
    }

    private static boolean isCoordinated(List<Token> tokens, int index) {
        return index > 0 && index + 1 < tokens.size() && tokens.get(index - 1).isWord() && tokens.get(index + 1).isWord()
                && (tokens.get(index - 1).isCapitalised() || tokens.get(index + 1).isCapitalised());
    }

    boolean isHead(Token token) {
        String lower = token.lower();
        if (PRONOUNS.contains(lower)) {
            return true;
        }
        if (token.isCapitalised()) {
            return !NOT_HEADS.contains(token.text()) && token.isWord();
        }
        return roles.isHeadWord(lower);
    }

    private static boolean startsPhrase(Token token) {
        return token.isWord() && !BOUNDARY_WORDS.contains(token.lower());
    }

    private static boolean isAppositionStart(Token token) {
        return APPOSITION_OPENERS.contains(token.lower()) || Character.isDigit(token.text().charAt(0));
    }

    /** "R-Ky.", "D-Calif.", "70": what stands between commas after a politician's name. */
    private static boolean isPartyOrAge(List<Token> tokens, int from, int to) {
        String inserted = join(tokens, from, to);
        return inserted.matches("(?:[RDI]-[\\p{L}. ]+|\\d{1,3})");
    }

    private static boolean isCapitalisedPhrase(List<Token> tokens, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            if (token.isWord() && !token.isCapitalised() && !Set.of("of", "de", "van", "von", "al", "bin").contains(token.lower())) {
                return false;
            }
        }
        return tokens.get(to - 1).isCapitalised();
    }

    private static boolean isHardBoundary(Token token) {
        return ".;:!?()[]\"“”«»".contains(token.text()) || token.isQuoteMark();
    }

    private static String join(List<Token> tokens, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from && tokens.get(i).start() > tokens.get(i - 1).end()) {
                text.append(' ');
            }
            text.append(tokens.get(i).text());
        }
        return text.toString();
    }
}
