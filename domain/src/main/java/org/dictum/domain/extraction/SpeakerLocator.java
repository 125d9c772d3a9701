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
    static final int MAX_APPOSITIONS = 3;
    /** A phrase whose head is not a known role noun ("the oil industry") stays short and without prepositions. */
    static final int MAX_WEAK_PHRASE_TOKENS = 5;
    /** Lower-case nouns that never name a speaker, even at the start of a clause. */
    private static final Set<String> NOT_SPEAKER_NOUNS = Set.of(
            "time", "times", "year", "years", "day", "days", "week", "weeks", "month", "months", "night", "morning",
            "way", "thing", "things", "lot", "point", "fact", "case", "part", "end", "number", "kind", "one", "ones",
            "reason", "idea", "question", "problem", "issue", "issues", "news", "story", "stories", "word", "words",
            "name", "rest", "more", "most", "less", "much", "many", "few", "all", "both", "each", "this", "that",
            "these", "those", "what", "which", "who", "it", "there", "here", "nothing", "something", "everything",
            "anything", "everyone", "someone", "anyone", "nobody", "others", "other", "another", "same", "such",
            "him", "her", "them", "us", "me", "itself", "himself", "herself", "themselves", "percent");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "you", "it");
    private static final int MAX_BRACKETED_WORDS = 4;
    private static final Set<String> BOUNDARY_WORDS = Set.of(
            "that", "which", "who", "whom", "whose", "because", "since", "although", "though", "while", "when",
            "whereas", "if", "unless", "after", "before", "as", "but", "or", "so", "than", "where", "how", "why",
            "what", "whether", "until", "is", "are", "was", "were", "has", "have", "had", "will", "would", "could",
            "can", "should", "may", "might", "must", "did", "does", "do", "not", "to", "be", "been", "also", "there",
            "said", "says", "say", "and", "nor", "yet", "then", "even", "just", "only", "by", "into", "about",
            "over", "under", "against", "through", "during", "without", "within", "upon", "among", "between",
            "like", "unlike", "despite", "toward", "towards", "once", "whatever", "whoever", "all", "none", "having",
            "being");
    /** "is expected to say", "plans to announce": a future statement, the speaker stands before the frame. */
    static final Set<String> FUTURE_FRAMES = Set.of("expected", "scheduled", "set", "due", "slated", "going", "plans",
            "plan", "planned", "intends", "intend", "poised");
    private static final Set<String> NP_PREPOSITIONS = Set.of("of", "for", "at", "from", "with", "in", "on", "to");
    private static final Set<String> PARTICIPLE_PREPOSITIONS = Set.of("by", "in", "at", "on", "near", "as", "with");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them");
    private static final Set<String> NOT_HEADS = Set.of(
            "The", "This", "That", "These", "Those", "There", "Here", "What", "Which", "Who", "Many", "Some", "Most",
            "All", "Both", "Few", "Several", "Such", "Other", "Each", "Every", "Any", "No", "None", "Nothing",
            "Something", "Everything", "Anything", "Everyone", "Anyone", "Someone", "Nobody", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December", "Today", "Yesterday", "But",
            "And", "However", "So", "If", "When", "As", "In", "On", "At", "After", "Before", "Now", "Then", "Still",
            "Yet", "Also", "Even", "Just", "Only", "Last", "Next", "Earlier", "Later", "Meanwhile", "Instead", "Mr.",
            "Mrs.", "Ms.", "Dr.", "A", "An", "Not", "Well", "Yes", "Oh", "Please", "Thank", "Thanks");
    private static final Set<String> NAME_PARTICLES = Set.of("of", "de", "van", "von", "al", "bin");
    /** Words that open the cue's own adjunct after an inverted speaker: "…, said Smith, a backbencher, on Wednesday". */
    private static final Set<String> CUE_ADJUNCT_OPENERS = Set.of("on", "in", "at", "during", "after", "before", "last",
            "this", "yesterday", "today", "tonight", "earlier", "later", "when", "while", "according", "adding", "noting");
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

        Located {
            if (from >= to || coreFrom >= coreTo || coreFrom < from || coreTo > to) {
                throw new IllegalArgumentException("Empty or misplaced speaker phrase " + from + ".." + to + " / " + coreFrom + ".." + coreTo);
            }
        }

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
            return apposition(tokens, end - 1);
        }
        if (last.isQuoteMark() && end - 2 > floor && tokens.get(end - 2).text().equals(",")) {
            return apposition(tokens, end - 2);
        }
        if (last.is("who") && end - 2 >= floor) {
            int antecedentEnd = tokens.get(end - 2).text().equals(",") ? end - 3 : end - 2;
            return phraseEndingAt(tokens, 0, antecedentEnd)
                    .map(antecedent -> new Located(antecedent.from(), end, antecedent.coreFrom(), antecedent.coreTo()));
        }
        if (isDash(last)) {
            return apposition(tokens, end - 1);
        }
        if (last.text().equals(">") || last.text().equals(")")) {
            int open = openingBracket(tokens, floor, end - 1, last.text().equals(">") ? "<" : "(");
            return open < 0 || open + 1 >= end - 1 ? Optional.empty() : phraseEndingAt(tokens, open + 1, end - 2);
        }
        if (last.is("and") && end - 2 >= floor) {
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

    /**
     * The speaker after an inverted cue ("…, said the official"), from {@code from} up to the clause end. A
     * description named by its apposition has the name as its core, as before the cue: "said the analyst, Petra
     * Novak" and "said the engineer, Lina Park" (no role noun, so only the name makes it a speaker). The apposition
     * ends before the cue's own adjuncts: ", on Thursday", ", in a statement".
     */
    Optional<Located> after(List<Token> tokens, int from, int limit) {
        if (from < limit && OBJECT_PRONOUNS.contains(tokens.get(from).lower())) {
            return Optional.of(Located.plain(from, from + 1));
        }
        int phraseEnd = from;
        while (phraseEnd < limit && phraseEnd - from < MAX_PHRASE_TOKENS && isPhraseWord(tokens, phraseEnd, true)) {
            phraseEnd++;
        }
        int end = phraseEnd;
        while (end > from && !isHead(tokens.get(end - 1))) {
            end--;
        }
        if (from >= limit || !startsPhrase(tokens.get(from))) {
            return Optional.empty();
        }
        boolean description = CuePhrases.isDeterminerOrPossessive(tokens.get(from));
        if (end == from) {
            return description ? namedByApposition(tokens, from, phraseEnd, limit) : Optional.empty();
        }
        if (end + 1 < limit && tokens.get(end).text().equals(",") && (isAppositionStart(tokens.get(end + 1))
                || isCapitalisedPhrase(tokens, end + 1, end + 2))) {
            if (description && !tokens.get(end - 1).isCapitalised()) {
                Optional<Located> named = namedByApposition(tokens, from, end, limit);
                if (named.isPresent()) {
                    return named;
                }
            }
            int appositionEnd = appositionEnd(tokens, end + 1, limit);
            if (appositionEnd > end + 1) {
                return Optional.of(new Located(from, appositionEnd, from, end));
            }
        }
        return Optional.of(Located.plain(from, end));
    }

    /** "the engineer, Lina Park[, a mother of two]": the name after the comma at {@code comma} is the core. */
    private static Optional<Located> namedByApposition(List<Token> tokens, int from, int comma, int limit) {
        if (comma + 1 >= limit || !tokens.get(comma).text().equals(",") || !isCapitalisedPhrase(tokens, comma + 1, comma + 2)) {
            return Optional.empty();
        }
        int nameEnd = comma + 1;
        while (nameEnd < limit && nameEnd - comma <= MAX_PHRASE_TOKENS && tokens.get(nameEnd).isWord()
                && (tokens.get(nameEnd).isCapitalised() || NAME_PARTICLES.contains(tokens.get(nameEnd).lower()))) {
            nameEnd++;
        }
        while (nameEnd > comma + 1 && !tokens.get(nameEnd - 1).isCapitalised()) {
            nameEnd--;
        }
        return Optional.of(new Located(from, Math.max(nameEnd, appositionEnd(tokens, comma + 1, limit)), comma + 1, nameEnd));
    }

    /** Where an apposition that starts at {@code start} ends: at the clause end, or before ", on Thursday" and the like. */
    private static int appositionEnd(List<Token> tokens, int start, int limit) {
        int end = start;
        while (end < limit && !".;".contains(tokens.get(end).text()) && !(tokens.get(end).text().equals(",")
                && end + 1 < limit && CUE_ADJUNCT_OPENERS.contains(tokens.get(end + 1).lower()))) {
            end++;
        }
        while (end > start && !tokens.get(end - 1).isWord()) {
            end--;
        }
        return end;
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
        boolean headSeen = false;
        while (end < limit && end - start < MAX_PHRASE_TOKENS && (isSubjectWord(tokens, end)
                || !headSeen && isModifier(tokens.get(end)))) {
            headSeen |= isHead(tokens.get(end));
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
            if (end - 2 >= floor && tokens.get(end - 1).is("to") && (FUTURE_FRAMES.contains(tokens.get(end - 2).lower())
                    || CuePhrases.ASPECT_VERBS.contains(tokens.get(end - 2).lower()))) {
                end -= 2;
            }
            if (end == cue && end - 1 > floor && CuePhrases.ASPECT_VERBS.contains(tokens.get(end - 1).lower())
                    && tokens.get(cue).lower().endsWith("ing")) {
                end -= 1;
            }
            if (end - 2 > floor && tokens.get(end - 1).text().equals(">")) {
                int open = openingBracket(tokens, floor, end - 1, "<");
                if (open > floor && isTicker(tokens, open + 1, end - 1) && tokens.get(open - 1).isWord()) {
                    end = open;
                }
            }
            if (end - 1 > floor && tokens.get(end - 1).text().equals(")")) {
                int open = end - 2;
                while (open > floor && end - open < MAX_PHRASE_TOKENS && !tokens.get(open).text().equals("(")) {
                    open--;
                }
                if (tokens.get(open).text().equals("(") && open > floor && tokens.get(open - 1).isWord()) {
                    end = open;   // "Rep. Hank Johnson (D-Ga.) said"; "(Warrington Inc) said" is a name in brackets
                }
            }
            while (end > floor && CuePhrases.isAuxiliaryOrAdverb(tokens, end - 1) && !isNameOpeningSentence(tokens, end - 1, cue)) {
                end--;
            }
            end = CuePhrases.startOfTimePhraseBefore(text, tokens, floor, end);
        } while (end != previous);
        return end;
    }

    /** The index of the {@code open} mark that the bracket at {@code close} closes, at most a phrase back; -1 if none. */
    private static int openingBracket(List<Token> tokens, int floor, int close, String open) {
        for (int i = close - 1; i >= floor && close - i <= MAX_PHRASE_TOKENS; i--) {
            if (tokens.get(i).text().equals(open)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A stock symbol in angle brackets after a company's name, as wire services write it ("Plessey Co Plc &lt;PLY.L&gt;
     * said"): capitals, digits and periods only.
     */
    private static boolean isTicker(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String text = tokens.get(i).text();
            if (!text.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c) || c == '.')) {
                return false;
            }
        }
        return to > from;
    }

    /** "Kelly said …": a capitalised "-ly" word that opens the sentence right before the cue is its subject. */
    private static boolean isNameOpeningSentence(List<Token> tokens, int index, int cue) {
        return index == 0 && index + 1 == cue && tokens.get(index).isCapitalised();
    }

    /**
     * "Peskov, a Kremlin spokesman, said" / "The Kremlin spokesman, Dmitry Peskov, said" / "Trump, however, said" /
     * "Roxana Leon, 63, an independent voter, said" / "Humphrey, who calls Trump a “sociopath,” said". Up to
     * {@value #MAX_APPOSITIONS} inserted segments; the phrase before them may lie before {@code floor}, since the
     * inserted words can hold a cue of their own.
     */
    private Optional<Located> apposition(List<Token> tokens, int comma) {
        int segmentEnd = comma;
        int insertedName = -1;
        String delimiter = tokens.get(comma).text();
        for (int segment = 0; segment < MAX_APPOSITIONS; segment++) {
            int previousComma = segmentEnd - 1;
            boolean relative;
            while (previousComma > 0 && !tokens.get(previousComma).text().equals(delimiter)) {
                previousComma--;
            }
            if (previousComma <= 0) {
                return Optional.empty();
            }
            Token opener = tokens.get(previousComma + 1);
            relative = opener.is("who") || opener.is("which") || opener.is("whose");
            if (!relative && containsHardBoundary(tokens, previousComma + 1, segmentEnd)) {
                return Optional.empty();
            }
            String inserted = join(tokens, previousComma + 1, segmentEnd).toLowerCase(java.util.Locale.ROOT);
            boolean aside = ASIDES.contains(inserted) || CueUsage.isSpeakingAside(tokens, previousComma + 1, segmentEnd);
            boolean name = isCapitalisedPhrase(tokens, previousComma + 1, segmentEnd);
            boolean description = roles.isHeadWord(tokens.get(segmentEnd - 1).lower())
                    || CuePhrases.isDeterminerOrPossessive(opener);
            // "John Shilling, director of the bank's division," / "William Wong, managing director of Indosuez,"
            boolean role = roles.isPersonRole(opener.lower()) || previousComma + 2 < segmentEnd && opener.isWord()
                    && !opener.isCapitalised() && roles.isPersonRole(tokens.get(previousComma + 2).lower());
            // "Hannu Halttunen, of Helsinki bank Kansallis-Osake-Pankki (KOP),": the body the person is with
            boolean body = opener.is("of") && previousComma + 2 < segmentEnd && tokens.get(previousComma + 2).isCapitalised();
            if (!aside && !relative && !name && !description && !role && !body && !isAppositionStart(opener)
                    && !isParticipialPhrase(tokens, previousComma + 1, segmentEnd)
                    && !isPartyOrAge(tokens, previousComma + 1, segmentEnd)) {
                return Optional.empty();
            }
            if (name && insertedName < 0) {
                insertedName = previousComma + 1;
            } else if (role && insertedName < 0 && tokens.get(segmentEnd - 1).isCapitalised()) {
                int nameStart = segmentEnd - 1;   // "Another CBT official, executive vice president George Sladoje,"
                while (nameStart > previousComma + 2 && tokens.get(nameStart - 1).isCapitalised()) {
                    nameStart--;
                }
                insertedName = nameStart;
            }
            Optional<Located> named = phraseEndingAt(tokens, 0, previousComma - 1);
            if (named.isPresent()) {
                Located first = named.get();
                if (aside) {
                    return Optional.of(first);
                }
                int nameEnd = insertedName;
                while (nameEnd >= 0 && nameEnd < comma && !tokens.get(nameEnd).text().equals(",")) {
                    nameEnd++;
                }
                boolean firstIsName = tokens.get(first.coreTo() - 1).isCapitalised()
                        && !(isTitleOfBody(tokens, first) && insertedName >= 0 && isPersonLikeName(tokens, insertedName, nameEnd));
                if (!firstIsName && insertedName >= 0) {
                    return Optional.of(new Located(first.from(), comma, insertedName, nameEnd));
                }
                return Optional.of(new Located(first.from(), comma, first.coreFrom(), first.coreTo()));
            }
            segmentEnd = previousComma;
        }
        return Optional.empty();
    }

    /**
     * "Secretary of State for Trade", "Egypt's Minister of State for Foreign Affairs": a role held of or for a body,
     * capitalised as a title; the name follows in the apposition.
     */
    private boolean isTitleOfBody(List<Token> tokens, Located phrase) {
        for (int i = phrase.coreFrom(); i < phrase.coreTo(); i++) {
            if (NP_PREPOSITIONS.contains(tokens.get(i).lower())) {
                return i > phrase.coreFrom() && roles.isPersonRole(tokens.get(i - 1).lower());
            }
        }
        return false;
    }

    /** "Boutros Boutros Ghali": two or more capitalised words, none in capitals or abbreviated ("ASA", "N.Y.", "Inc"). */
    private static boolean isPersonLikeName(List<Token> tokens, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            String word = tokens.get(i).text();
            if (!tokens.get(i).isCapitalised() || word.contains(".") || word.length() > 1 && word.equals(word.toUpperCase(java.util.Locale.ROOT))
                    || ProperNames.isCompanyForm(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsPreposition(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (NP_PREPOSITIONS.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDash(Token token) {
        return token.text().equals("—") || token.text().equals("–") || token.text().equals("-");
    }

    /**
     * Punctuation that ends a clause inside [from, to); the period of an abbreviation ("R-Ky.,") does not, nor do the
     * brackets of a name's part ("Indosuez Asia (Singapore) Ltd", "the American Soybean Association (ASA)").
     */
    private static boolean containsHardBoundary(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            int close = bracketedWordsEnd(tokens, i, to);
            if (close > i) {
                i = close;
                continue;
            }
            boolean abbreviationPeriod = tokens.get(i).text().equals(".") && i + 1 < tokens.size()
                    && tokens.get(i + 1).text().equals(",") && i > 0 && tokens.get(i - 1).end() == tokens.get(i).start();
            if (isHardBoundary(tokens.get(i)) && !abbreviationPeriod) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where "(" at {@code open} is closed by ")" before {@code to} with only capitalised words (and hyphens or
     * periods) between, at most four of them; {@code open} itself when it is no such bracket.
     */
    private static int bracketedWordsEnd(List<Token> tokens, int open, int to) {
        if (!tokens.get(open).text().equals("(")) {
            return open;
        }
        for (int i = open + 1; i < to && i <= open + MAX_BRACKETED_WORDS + 1; i++) {
            Token token = tokens.get(i);
            if (token.text().equals(")")) {
                return i > open + 1 ? i : open;
            }
            if (!token.isCapitalised() && !token.text().equals(".") && !token.text().equals("-")) {
                return open;
            }
        }
        return open;
    }

    /** The noun phrase whose last word is token {@code head}. */
    private Optional<Located> phraseEndingAt(List<Token> tokens, int floor, int head) {
        if (head < floor) {
            return Optional.empty();
        }
        boolean weakHead = !isHead(tokens.get(head)) && !isShareOfPeople(tokens, head) && isWeakHead(tokens.get(head));
        if (!isHead(tokens.get(head)) && !isShareOfPeople(tokens, head) && !weakHead) {
            return withRelativeClause(tokens, floor, head).or(() -> withPostmodifier(tokens, floor, head));
        }
        if (PRONOUNS.contains(tokens.get(head).lower())) {
            return Optional.of(Located.plain(head, head + 1));
        }
        int start = head;
        while (start > floor && head - start < MAX_PHRASE_TOKENS && isPhraseWord(tokens, start - 1, false)) {
            start--;
        }
        if (head - start >= MAX_PHRASE_TOKENS && start > floor && isPhraseWord(tokens, start - 1, false)) {
            return Optional.empty();
        }
        while (start < head && (CuePhrases.CONNECTIVES.contains(tokens.get(start).lower())
                || NP_PREPOSITIONS.contains(tokens.get(start).lower()) || tokens.get(start).lower().equals("and"))) {
            start++;
        }
        if (!startsPhrase(tokens.get(start))) {
            return Optional.empty();
        }
        if (weakHead && (!opensClause(tokens, floor, start) && !CuePhrases.isDeterminerOrPossessive(tokens.get(start))
                || head - start >= MAX_WEAK_PHRASE_TOKENS || containsPreposition(tokens, start, head))) {
            return withRelativeClause(tokens, floor, head).or(() -> withPostmodifier(tokens, floor, head));
        }
        if (start - 2 >= floor && RELATIVE_PRONOUNS.contains(tokens.get(start - 1).lower())) {
            Optional<Located> antecedent = phraseEndingAt(tokens, floor, start - 2);
            if (antecedent.isPresent() && !PRONOUNS.contains(tokens.get(start - 2).lower())) {
                return Optional.of(new Located(antecedent.get().from(), head + 1, antecedent.get().from(), start - 1));
            }
        }
        return Optional.of(Located.plain(start, head + 1));
    }

    /**
     * "A lawyer for the news outlets", "Experts on North Korea and nuclear nonproliferation": a head noun that opens
     * its clause, followed by a prepositional phrase ending in a common word.
     */
    private Optional<Located> withPostmodifier(List<Token> tokens, int floor, int end) {
        for (int i = end - 1; i > floor && end - i < MAX_PHRASE_TOKENS; i--) {
            Token token = tokens.get(i);
            if (isHardBoundary(token) || token.text().equals(",") || RELATIVE_PRONOUNS.contains(token.lower())
                    || token.isWord() && CuePhrases.isAuxiliaryOrAdverb(tokens, i)) {
                return Optional.empty();
            }
            if (NP_PREPOSITIONS.contains(token.lower()) && !token.is("to") && isHead(tokens.get(i - 1))
                    && !PRONOUNS.contains(tokens.get(i - 1).lower())) {
                Optional<Located> antecedent = phraseEndingAt(tokens, floor, i - 1)
                        .filter(found -> opensClause(tokens, floor, found.from()));
                return antecedent.map(found -> new Located(found.from(), end + 1, found.coreFrom(), found.coreTo()));
            }
        }
        return Optional.empty();
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
        if (isInsideName(tokens, index) && (forward || continuesName(tokens, index + 1))) {
            return true;   // "said Secretary of State Antony Blinken", "Strong Point Inc said": no cue here
        }
        if (BOUNDARY_WORDS.contains(lower) || cues.isCueWord(lower) || CuePhrases.isAdverb(tokens, index)) {
            return false;
        }
        return !PRONOUNS.contains(lower) || forward;
    }

    /** A capitalised word after a capitalised word or a name particle ("of State", "Home Office") goes on a name. */
    private static boolean isInsideName(List<Token> tokens, int index) {
        if (index == 0 || !tokens.get(index).isCapitalised()) {
            return false;
        }
        Token before = tokens.get(index - 1);
        return before.isWord() && (before.isCapitalised() || NAME_PARTICLES.contains(before.lower()));
    }

    /**
     * Whether the name goes on at {@code index}: a capitalised word, or "of"/"for" and one ("Minister of State for
     * Finance Damas Mbogoro": "State" is no cue there).
     */
    private static boolean continuesName(List<Token> tokens, int index) {
        if (index >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(index);
        return next.isCapitalised() || (next.is("of") || next.is("for")) && index + 1 < tokens.size()
                && tokens.get(index + 1).isCapitalised();
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

    /** A lower-case word before the head of a subject: "former" in "the former secretary". */
    private static boolean isModifier(Token token) {
        String lower = token.lower();
        return token.isWord() && !token.isCapitalised() && !BOUNDARY_WORDS.contains(lower) && !CuePhrases.isAdverb(lower)
                && !NP_PREPOSITIONS.contains(lower) && !PRONOUNS.contains(lower);
    }

    private static boolean isCoordinated(List<Token> tokens, int index) {
        return index > 0 && index + 1 < tokens.size() && tokens.get(index - 1).isWord() && tokens.get(index + 1).isWord()
                && (tokens.get(index - 1).isCapitalised() || tokens.get(index + 1).isCapitalised());
    }

    /**
     * A lower-case noun outside the role list ("the actress", "the oil industry") can head a speaker phrase only
     * where a subject stands: at the start of a clause or after a determiner.
     */
    private static boolean isWeakHead(Token token) {
        String lower = token.lower();
        return token.isWord() && lower.length() >= 3 && Character.isLetter(lower.charAt(0))
                && !BOUNDARY_WORDS.contains(lower) && !NOT_SPEAKER_NOUNS.contains(lower) && !CuePhrases.isAdverb(lower)
                && !lower.endsWith("ing") && !lower.endsWith("ed") && !CuePhrases.isAuxiliary(token)
                && !NP_PREPOSITIONS.contains(lower) && !CuePhrases.CONNECTIVES.contains(lower);
    }

    /** "three in 10", "one in four": a share of the people polled. */
    private static boolean isShareOfPeople(List<Token> tokens, int head) {
        return head >= 2 && CuePhrases.isNumber(tokens.get(head)) && tokens.get(head - 1).is("in")
                && CuePhrases.isNumber(tokens.get(head - 2));
    }

    /** Whether the phrase starting at {@code start} opens a clause: sentence start, punctuation, a connective. */
    private static boolean opensClause(List<Token> tokens, int floor, int start) {
        if (start <= floor) {
            return true;
        }
        Token before = tokens.get(start - 1);
        return !before.isWord() || BOUNDARY_WORDS.contains(before.lower()) || CuePhrases.CONNECTIVES.contains(before.lower());
    }

    /** Whether the phrase is headed by a document or a share of the polled ("the poll", "32 percent"). */
    boolean isDocument(List<Token> tokens, Located located) {
        for (int i = located.coreFrom(); i < located.coreTo(); i++) {
            String lower = tokens.get(i).lower();
            if (lower.equals("of") || lower.equals("by") || lower.equals("from")) {
                break;
            }
            if (roles.isDocumentWord(lower)) {
                return true;
            }
        }
        return false;
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

    /**
     * "led by Mutual Shares Corp", "based in Dallas", "quoted by the BBC": a past participle and its preposition
     * opening the inserted words describe the phrase before them, as an apposition does.
     */
    private static boolean isParticipialPhrase(List<Token> tokens, int from, int to) {
        if (to - from < 3) {
            return false;
        }
        Token participle = tokens.get(from);
        return participle.isWord() && !participle.isCapitalised() && participle.lower().endsWith("ed")
                && PARTICIPLE_PREPOSITIONS.contains(tokens.get(from + 1).lower());
    }

    /** "R-Ky.", "D-Calif.", "70": what stands between commas after a politician's name. */
    private static boolean isPartyOrAge(List<Token> tokens, int from, int to) {
        String inserted = join(tokens, from, to);
        return inserted.matches("(?:[RDI]-[\\p{L}. ]+\\.?|\\d{1,3})");
    }

    private static boolean isCapitalisedPhrase(List<Token> tokens, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            if (token.isWord() && !token.isCapitalised() && !NAME_PARTICLES.contains(token.lower())) {
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
