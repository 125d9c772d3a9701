package org.dictum.domain.extraction;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a cue word is used as a verb of speech where it stands: not after "to" (unless in a future frame such
 * as "is expected to say"), a determiner or possessive ("the reports", "Trump’s claims"), in a passive ("was told"),
 * before "by", or as a plural noun ("caucus states"); a base form ("say") only after an auxiliary or with a plural
 * speaker.
 */
final class CueUsage {

    private static final Set<String> ANONYMITY_PARTICIPLES = Set.of("speaking", "talking");
    /** Verbs that take an amount when they are no speech act: a bid ("offered 65 dlrs") or a fall ("declined 3 pct"). */
    private static final Set<String> AMOUNT_VERBS = Set.of("offer");
    /** "Having said that/this, …". */
    private static final Set<String> DEMONSTRATIVES = Set.of("that", "this");
    /** "Needless to say", "Sad to say", "Strange to say". */
    private static final Set<String> COMMENTING_ADJECTIVES = Set.of("needless", "sad", "strange");
    /** "speaking on condition of anonymity because they were not authorized": the telling word comes early. */
    private static final int MAX_ANONYMITY_ASIDE_TOKENS = 5;

    /** "NOTE: Per share figures…", "Update:", "Photo:": words of labels, which name no speaker before a colon. */
    /** Words a label before a colon may have ("Editor's note:"). */
    private static final int MAX_LABEL_WORDS = 3;
    private static final Set<String> LABELS_BEFORE_COLON = Set.of("update", "updated", "note", "photo", "photos",
            "related", "read", "watch", "source", "correction", "breaking", "video", "warning", "disclosure",
            "question", "answer", "editor", "editors", "caption", "credit", "image", "images", "click", "listen",
            "subscribe", "follow", "share", "advertisement", "tags", "topics", "filed", "posted", "re", "subject",
            "date", "location", "transcript", "exclusive", "opinion", "analysis", "chart", "graph", "map", "table",
            "p.s", "ps", "disclaimer", "summary", "background");
    /** Verbs whose "to" introduces a hearer ("said to reporters"), not an infinitive ("agreed to"). */
    private static final Set<String> TO_HEARER_VERBS = Set.of("say", "explain", "complain", "write", "announce",
            "report", "suggest", "mention", "admit", "declare", "state", "point out", "tweet", "confirm", "reveal");
    private static final Set<String> AUXILIARIES_BEFORE_BASE_FORM = Set.of("will", "would", "could", "can", "may",
            "might", "should", "must", "do", "does", "did", "not", "n’t", "’ll", "'ll", "’d", "'d", "cannot", "who");
    private static final Set<String> PLURAL_WORDS = Set.of("they", "we", "i", "you", "people", "police", "many",
            "most", "some", "others", "both", "all", "few", "several", "men", "women", "children", "media", "data",
            "staff", "public", "majority", "percent", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "half", "third", "quarter", "democrats", "republicans", "americans", "officials", "analysts",
            "critics", "experts", "sources", "polls", "aides", "voters", "supporters", "opponents", "conservatives",
            "liberals", "progressives");

    /** Third-person verb forms that are more often plural nouns. */
    private static final Pattern YEARS = Pattern.compile("(?:19|20)\\d\\d(?:[-/](?:19|20)?\\d\\d)?");
    private static final Set<String> NOUN_LIKE_FORMS = Set.of("remarks", "questions", "calls", "promises", "claims",
            "reports", "comments", "notes", "fears", "hopes", "doubts", "charges", "estimates", "counters", "thanks",
            "praises", "blames", "mocks", "tweets", "cites", "finds", "shows", "replies", "responds", "tells", "plans",
            "offers", "signals", "outlines", "favors");
    private static final Set<String> SINGULAR_SUBJECTS = Set.of("he", "she", "it", "who", "which", "that", "also",
            "official", "spokesman", "spokeswoman", "spokesperson", "report", "poll", "survey", "study", "campaign",
            "statement", "letter", "ad", "analysis", "company", "group", "committee", "administration", "government",
            "president", "candidate", "nominee", "memo", "lawsuit", "complaint", "book", "article", "website");

    private CueUsage() {
    }

    /**
     * "A senior official, speaking on condition of anonymity, said …": the participle says how the speaker spoke, it
     * introduces no statement; the clause belongs to the speaker phrase.
     */
    static boolean isAnonymityAside(List<Token> tokens, int from) {
        if (from >= tokens.size() || !ANONYMITY_PARTICIPLES.contains(tokens.get(from).lower())) {
            return false;
        }
        for (int i = from + 1; i < tokens.size() && i <= from + MAX_ANONYMITY_ASIDE_TOKENS; i++) {
            String word = tokens.get(i).lower();
            if (word.equals(",") || word.equals(".")) {
                return false;
            }
            if (word.equals("anonymity") || word.equals("anonymously")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The minister, speaking in Brussels, said …", "The senator, talking to reporters on Monday, said …": an inserted
     * clause on where or to whom the speaker spoke; its words name no speaker.
     */
    static boolean isSpeakingAside(List<Token> tokens, int from, int to) {
        return from < to && ANONYMITY_PARTICIPLES.contains(tokens.get(from).lower());
    }

    /**
     * "Having said that, …", "Having said all that, …", "That said, …", "That being said, …", "Needless to say, …", "Suffice it to say …": a
     * formula that links two sentences of the writer's; nobody is quoted and the word before the cue is no speaker.
     */
    static boolean isDiscourseFormula(List<Token> tokens, int cueFrom) {
        int verb = tokens.get(cueFrom).is("to") && cueFrom + 1 < tokens.size() ? cueFrom + 1 : cueFrom;   // cue "to say"
        String cue = tokens.get(verb).lower();
        String before = wordAt(tokens, verb - 1);
        String twoBefore = wordAt(tokens, verb - 2);
        if (cue.equals("said")) {
            int object = wordAt(tokens, verb + 1).equals("all") ? verb + 2 : verb + 1;   // "Having said all that,"
            boolean thatThenComma = DEMONSTRATIVES.contains(wordAt(tokens, object)) && wordAt(tokens, object + 1).equals(",");
            return before.equals("having") && thatThenComma
                    || before.equals("that") && wordAt(tokens, verb + 1).equals(",")
                    || before.equals("being") && twoBefore.equals("that");
        }
        return cue.equals("say") && before.equals("to")
                && (COMMENTING_ADJECTIVES.contains(twoBefore) || twoBefore.equals("it") && wordAt(tokens, verb - 3).equals("suffice"));
    }

    /** "NOTE:", "Editor's note:", "Photo:": the words from {@code from} to the colon at {@code colon} hold a label's word. */
    static boolean isLabelBeforeColon(List<Token> tokens, int from, int colon) {
        return colon < tokens.size() && tokens.get(colon).text().equals(":")
                && tokens.subList(from, colon).stream().anyMatch(token -> LABELS_BEFORE_COLON.contains(token.lower()));
    }

    /** "NOTE: Per shr calculated after payment of preferred dividends": the speaker opens what a label introduces. */
    static boolean isAfterLabel(List<Token> tokens, int speakerFrom) {
        return speakerFrom > 0 && isLabelBeforeColon(tokens, Math.max(0, speakerFrom - 1 - MAX_LABEL_WORDS), speakerFrom - 1);
    }

    private static String wordAt(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
    }

    /**
     * "to say", "the reports", "Trump’s claims", "was told", "agreed to", "criticized by", "offered 65 dlrs a share",
     * "declined 26.7 pct", "expected to decline further": not a speech verb here.
     */
    static boolean isSpeechUse(List<Token> tokens, CueLexicon.Match cue) {
        if (isAnonymityAside(tokens, cue.from()) || isDiscourseFormula(tokens, cue.from()) || isBeforeAmount(tokens, cue)
                || isFall(tokens, cue)) {
            return false;
        }
        if (NOUN_LIKE_FORMS.contains(tokens.get(cue.from()).text()) && afterLowerCaseWord(tokens, cue.from())) {
            return false;
        }
        if (cue.from() > 0) {
            Token before = tokens.get(cue.from() - 1);
            boolean futureFrame = before.is("to") && cue.from() >= 2
                    && (SpeakerLocator.FUTURE_FRAMES.contains(tokens.get(cue.from() - 2).lower())
                    || CuePhrases.ASPECT_VERBS.contains(tokens.get(cue.from() - 2).lower()));
            if (before.is("to") && !futureFrame || CuePhrases.isDeterminerOrPossessive(before)) {
                return false;
            }
            if (!cue.participle() && isPassive(tokens, cue.from())) {
                return false;
            }
        }
        if (cue.to() < tokens.size()) {
            Token after = tokens.get(cue.to());
            if (after.is("by") || after.is("to") && !TO_HEARER_VERBS.contains(cue.verb().lemma())
                    && !cue.verb().takesInfinitive()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "The dollar is expected to decline further", "the third straight decline": a fall; "decline" speaks only as
     * "declined to comment" or "declined comment".
     */
    private static boolean isFall(List<Token> tokens, CueLexicon.Match cue) {
        return cue.verb().lemma().equals("decline")
                && (cue.to() >= tokens.size() || !tokens.get(cue.to()).is("to") && !tokens.get(cue.to()).is("comment"));
    }

    /**
     * "Norfolk Southern offered 65 dlrs per share", "Sales declined 26.7 pct": a bid or a fall, where the verb's
     * speech use takes words ("offered a compromise", "declined comment").
     */
    private static boolean isBeforeAmount(List<Token> tokens, CueLexicon.Match cue) {
        if (!AMOUNT_VERBS.contains(cue.verb().lemma()) || cue.to() >= tokens.size()) {
            return false;
        }
        return CuePhrases.isNumber(tokens.get(cue.to()));
    }

    /** "will say", "do not believe", "expected to announce": a base form after an auxiliary or "to". */
    static boolean afterAuxiliary(List<Token> tokens, int cueFrom) {
        int i = cueFrom - 1;
        while (i >= 0 && CuePhrases.isAdverb(tokens, i)) {
            i--;
        }
        return i >= 0 && (AUXILIARIES_BEFORE_BASE_FORM.contains(tokens.get(i).lower()) || tokens.get(i).is("to"));
    }

    /** "Critics say", "they think", "one in five say", "supporters of Clinton say", "Obama and Clinton call": a plural speaker. */
    /** "30 percent", "1,000 workers": a number counts many; a year or years ("its 1987-1992 plan") does not. */
    private static boolean isCount(Token token) {
        return Character.isDigit(token.text().charAt(0)) && !YEARS.matcher(token.text()).matches();
    }

    static boolean isPlural(List<Token> tokens, SpeakerLocator.Located speaker) {
        for (int i = speaker.coreFrom(); i < speaker.coreTo(); i++) {
            Token token = tokens.get(i);
            String lower = token.lower();
            if (lower.equals("of") || lower.equals("who") || lower.equals("for")) {
                break;
            }
            boolean pluralNoun = token.isWord() && lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss")
                    && !lower.endsWith("’s") && !lower.endsWith("'s") && !lower.endsWith("us")
                    && (!token.isCapitalised() || i == 0);   // "Observers expect", not "Mr. Jones say"
            boolean coordinated = lower.equals("and") && i > speaker.coreFrom();   // "Mr. Grassley and Mr. Leahy say"
            if (pluralNoun || coordinated || PLURAL_WORDS.contains(lower) || isCount(token) || lower.equals("%")
                    || token.isCapitalised() && lower.endsWith("s") && i == speaker.coreTo() - 1 && PLURAL_WORDS.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    /** "caucus states", "return calls", "his remarks": a plural noun after a common word, not a verb. */
    private static boolean afterLowerCaseWord(List<Token> tokens, int cueFrom) {
        int i = cueFrom - 1;
        while (i >= 0 && CuePhrases.isAdverb(tokens, i)) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        Token before = tokens.get(i);
        return !before.isWord() || !before.isCapitalised() && !SINGULAR_SUBJECTS.contains(before.lower());
    }

    private static boolean isPassive(List<Token> tokens, int cueFrom) {
        int i = cueFrom - 1;
        while (i >= 0 && CuePhrases.isAdverb(tokens, i)) {
            i--;
        }
        return i >= 0 && CuePhrases.isBeForm(tokens.get(i));
    }
}
