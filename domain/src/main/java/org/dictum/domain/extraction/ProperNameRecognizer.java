package org.dictum.domain.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dictum.domain.actor.ActorStatus;
import org.dictum.domain.actor.ActorType;
import org.dictum.domain.statement.TextSpan;

/**
 * Recognises the people and organisations of an article that the gazetteer does not know, without a trained model:
 * runs of capitalised words, with optional titles before them ("Secretary of State Antony Blinken", "President
 * Biden", "Sen. Mitch McConnell"). A one-word name that ends a longer person name of the article is a short mention
 * of that person ("Blinken"). A name becomes an actor (PROPOSED, for librarians to confirm) when it carries a
 * title or is mentioned at least twice. Its type: PERSON when titled, or when its last word is also used on its
 * own ("Clinton said" after "Hillary Clinton"); ORGANIZATION when it ends in a word such as "Party" or "Bank";
 * OTHER otherwise (often a place such as "New York"). A gazetteer name right before the title is the person's
 * affiliation ("Russian Foreign Minister Sergei Lavrov"). Lines in capitals (wire headlines) are skipped.
 */
final class ProperNameRecognizer {

    static final int MIN_UNTITLED_MENTIONS = 2;
    private static final int MAX_NAME_WORDS = 5;
    /** A run with a body and a title before the name ("Federal Reserve Board Chairman Paul Volcker") is longer. */
    private static final int MAX_RUN_WORDS = 9;
    private static final Set<String> PARTICLES = Set.of("de", "da", "van", "von", "bin", "al", "el", "la", "le", "di",
            "du", "der", "del", "dos", "ter", "ibn");
    /** Lower-case words inside a business's name: "Banque Generale du Luxembourg SA", "Bank of New York Co". */
    private static final Set<String> BUSINESS_NAME_JOINERS = Set.of("of", "for", "the", "and", "&", "du", "de", "des", "et");
    private static final Set<String> SUFFIXES = Set.of("Jr.", "Sr.", "II", "III", "IV");
    private static final Set<String> NOT_NAMES = Set.of(
            "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "There", "Here", "But", "And", "Or", "If",
            "When", "While", "As", "In", "On", "At", "By", "For", "From", "With", "Without", "To", "Of", "After",
            "Before", "Since", "Until", "During", "Despite", "Although", "Though", "Because", "However", "Meanwhile",
            "Still", "Yet", "So", "Then", "Now", "Also", "Even", "Just", "Only", "Last", "Next", "Earlier", "Later",
            "Instead", "Indeed", "Asked", "According", "Under", "Over", "Among", "Between", "Through", "About", "Like",
            "Unlike", "What", "Which", "Who", "Whom", "Whose", "Why", "How", "Where", "We", "I", "You", "He", "She",
            "They", "My", "Our", "Your", "His", "Her", "Their", "Some", "Many", "Most", "All", "Both", "Few", "Several",
            "Such", "Other", "Others", "Each", "Every", "Any", "No", "None", "Not", "Nothing", "Yes", "Mr.", "Mrs.",
            "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday", "January",
            "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
            "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Today", "Tomorrow", "Yesterday",
            "Tonight", "Please", "Thank", "Thanks", "Well", "Oh", "OK", "Okay", "Read", "See", "Watch", "Click",
            "Photo", "Image", "Getty", "AP", "Reuters", "Advertisement", "Related", "More", "Less", "New", "Old",
            "First", "Second", "Third", "One", "Two", "Three", "Democrats", "Republicans", "Democrat", "Republican",
            "Democratic", "GOP", "Americans", "Christian", "Christians", "Muslim", "Muslims", "Jewish", "Catholic",
            "Black", "White", "Latino", "Latinos", "Hispanic", "Hispanics", "Mexican-American", "African-American",
            "Sometimes", "Often", "Usually", "Perhaps", "Maybe", "Hi", "Hello", "Dear", "Hey", "Actually",
            "Unfortunately", "Fortunately", "Clearly", "Obviously", "Certainly", "Finally", "Again", "Never", "Always",
            "Recently", "Currently", "Apparently", "Ultimately", "Initially", "Typically", "Generally", "Eventually",
            "Basically", "Overall", "Otherwise", "Therefore", "Thus", "Hence", "Besides", "Anyway", "Nevertheless",
            "Nonetheless", "Moreover", "Furthermore", "Additionally");

    private final ActorDictionary dictionary;
    private final SpeakerRoles roles;
    /** Titles as words, by their first word, longest first. */
    private final Map<String, List<List<String>>> titlesByFirstWord;
    /** The last words of the titles ("Secretary" of "Treasury Secretary"), which end a title inside a name run. */
    private final Set<String> titleEndWords;

    ProperNameRecognizer(ActorDictionary dictionary, SpeakerRoles roles, Tokenizer tokenizer, List<String> titles) {
        this.dictionary = dictionary;
        this.roles = roles;
        this.titlesByFirstWord = titles.stream()
                .map(title -> tokenizer.tokens(title, 0, title.length()).stream().map(Token::text).toList())
                .sorted(Comparator.comparingInt((List<String> words) -> words.size()).reversed())
                .collect(java.util.stream.Collectors.groupingBy(words -> words.get(0), LinkedHashMap::new,
                        java.util.stream.Collectors.toList()));
        this.titleEndWords = titlesByFirstWord.values().stream().flatMap(List::stream)
                .map(words -> words.get(words.size() - 1)).collect(java.util.stream.Collectors.toSet());
    }

    static ProperNameRecognizer english(ActorDictionary dictionary) {
        return new ProperNameRecognizer(dictionary, SpeakerRoles.english(), Tokenizer.english(),
                ResourceLines.read("person-titles-en.txt"));
    }

    /** One name as it occurs in the text. */
    private record Occurrence(List<String> words, boolean titled, int start, int end, ActorReference affiliation,
                              boolean sentenceInitial) {

        String name() {
            return String.join(" ", words);
        }

        String last() {
            return words.get(words.size() - 1);
        }
    }

    ArticleNames recognise(String text, List<Token> tokens, Set<Integer> sentenceStarts, List<NameMatch> gazetteer) {
        boolean[] covered = coveredByGazetteer(tokens, gazetteer);
        boolean[] capitalLine = ActorDictionary.capitalLines(text, tokens);
        List<Occurrence> occurrences = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int next = occurrenceAt(text, tokens, i, covered, capitalLine, sentenceStarts, gazetteer, occurrences);
            i = Math.max(next, i + 1);
        }
        return entities(text, occurrences);
    }

    /** Reads the name (with titles) starting at token i, if any; returns the index after it. */
    private int occurrenceAt(String text, List<Token> tokens, int i, boolean[] covered, boolean[] capitalLine,
                             Set<Integer> sentenceStarts, List<NameMatch> gazetteer, List<Occurrence> occurrences) {
        if (covered[i] || capitalLine[i] || !tokens.get(i).isWord()) {
            return i + 1;
        }
        int nameStart = i;
        boolean titled = false;
        if (!tokens.get(i).isCapitalised()) {
            if (!isPersonRole(tokens, i)) {
                return i + 1;
            }
            nameStart = i + 1;
            titled = true;
        }
        for (int title = titleLength(tokens, nameStart); title > 0; title = titleLength(tokens, nameStart)) {
            nameStart += title;
            titled = true;
        }
        if (titled) {
            nameStart = afterDepartment(tokens, nameStart);
        }
        int end = nameStart;
        while (end < tokens.size() && end - nameStart < MAX_RUN_WORDS && isNameToken(tokens, end, nameStart, covered)) {
            boolean possessive = ProperNames.isPossessive(tokens.get(end).text());
            end++;
            if (possessive) {
                break;
            }
        }
        while (end > nameStart && (PARTICLES.contains(tokens.get(end - 1).text())
                || NOT_NAMES.contains(ProperNames.withoutPossessive(tokens.get(end - 1).text())))) {
            end--;
        }
        if (end == nameStart) {
            return titled ? nameStart : i + 1;
        }
        int first = afterCapitalLeadIn(tokens, nameStart, end);
        while (first < end && isNotName(tokens.get(first).text())) {
            first++;
        }
        if (first == end) {
            return end;
        }
        int afterTitle = afterLastTitleInside(tokens, first, end);
        if (afterTitle > first) {
            first = afterTitle;   // "Finance Secretary Jaime Ongpin": the body and the title stand before the name
            titled = true;
        }
        if (end - first > MAX_NAME_WORDS) {
            end = first + MAX_NAME_WORDS;   // the rest is read as a run of its own
        }
        List<String> words = new ArrayList<>();
        for (int w = first; w < end; w++) {
            words.add(ProperNames.withoutPossessive(tokens.get(w).text()));
        }
        if (dictionary.isName(String.join(" ", words))) {
            return end;
        }
        int start = titled ? tokens.get(i).start() : tokens.get(first).start();
        boolean initial = !titled && first == nameStart && isSentenceInitial(tokens, first, sentenceStarts);
        occurrences.add(new Occurrence(words, titled, start, endOffset(tokens.get(end - 1)),
                affiliationBefore(tokens, i, gazetteer), initial));
        return end;
    }

    private boolean isNameToken(List<Token> tokens, int index, int nameStart, boolean[] covered) {
        Token token = tokens.get(index);
        if (covered[index] || !token.isWord()) {
            return false;
        }
        if (PARTICLES.contains(token.text())) {
            return index > nameStart && index + 1 < tokens.size() && tokens.get(index + 1).isCapitalised();
        }
        if (SUFFIXES.contains(token.text())) {
            return index > nameStart;
        }
        return token.isCapitalised() && (index == nameStart || !NOT_NAMES.contains(token.text()))
                && tokens.get(index).start() <= tokens.get(Math.max(index - 1, 0)).end() + 1;
    }

    /** "The" as "THE": a word that never names, in any capitalisation. */
    private static boolean isNotName(String word) {
        String bare = ProperNames.withoutPossessive(word);
        return NOT_NAMES.contains(bare) || isAllCapitals(bare)
                && NOT_NAMES.contains(bare.charAt(0) + bare.substring(1).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "AN EMOTIONAL Nicole Pratt": a lead-in of two or more words in capitals, as papers open a story, before the
     * name's words; {@code from} when the run has none.
     */
    private static int afterCapitalLeadIn(List<Token> tokens, int from, int end) {
        int word = from;
        while (word < end && isAllCapitals(tokens.get(word).text())) {
            word++;
        }
        return word - from >= 2 && word < end ? word : from;
    }

    private static boolean isAllCapitals(String word) {
        return word.length() >= 2 && word.chars().anyMatch(Character::isLetter)
                && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /**
     * The index after the last title word inside the run {@code from..end} that has a name word after it ("Secretary"
     * in "Finance Secretary Jaime Ongpin"), or {@code from} when there is none. "King" in "Martin Luther King Jr." has
     * only a suffix after it: a surname.
     */
    private int afterLastTitleInside(List<Token> tokens, int from, int end) {
        for (int t = end - 2; t > from; t--) {
            boolean nameAfter = false;
            for (int after = t + 1; after < end && !nameAfter; after++) {
                nameAfter = !SUFFIXES.contains(tokens.get(after).text()) && !PARTICLES.contains(tokens.get(after).text());
            }
            if (nameAfter && titleEndWords.contains(tokens.get(t).text())) {
                return t + 1;
            }
        }
        return from;
    }

    /**
     * "for Finance" in "Minister of State for Finance Damas Mbogoro", "for Trade and Industry" in "Secretary of State
     * for Trade and Industry Paul Channon": the department a title is held for, before the holder's name (its last
     * two capitalised words, three with a middle initial). Returns where the name starts, {@code index} when no
     * department follows.
     */
    private static int afterDepartment(List<Token> tokens, int index) {
        if (index + 1 >= tokens.size() || !tokens.get(index).is("for") || !tokens.get(index + 1).isCapitalised()) {
            return index;
        }
        List<Integer> capitalised = new ArrayList<>();
        int i = index + 1;
        while (i < tokens.size() && tokens.get(i).isWord() && (tokens.get(i).isCapitalised()
                || (tokens.get(i).is("and") || tokens.get(i).is("of")) && i + 1 < tokens.size() && tokens.get(i + 1).isCapitalised())) {
            if (tokens.get(i).isCapitalised()) {
                capitalised.add(i);
            }
            i++;
        }
        int nameWords = SpeakerPhraseParser.holderNameWords(capitalised.stream().map(c -> tokens.get(c).text())
                .toArray(String[]::new));
        return capitalised.size() > nameWords ? capitalised.get(capitalised.size() - nameWords) : index;
    }

    /** "chief" in "Federal Reserve chief Paul Volcker": a lower-case role noun right before a capitalised name. */
    private boolean isPersonRole(List<Token> tokens, int index) {
        return index + 2 < tokens.size() && roles.isPersonRole(tokens.get(index).lower())
                && tokens.get(index + 1).isWord() && tokens.get(index + 1).isCapitalised()
                && tokens.get(index + 2).isWord() && tokens.get(index + 2).isCapitalised()
                && !namesBusinessAfter(tokens, index + 1);
    }

    /** "lead manager Credit Suisse First Boston Ltd": the role is a business's, whose name ends in a body's word. */
    private static boolean namesBusinessAfter(List<Token> tokens, int start) {
        String last = null;
        for (int i = start; i < tokens.size() && i - start < MAX_RUN_WORDS; i++) {
            Token token = tokens.get(i);
            if (token.isWord() && token.isCapitalised()) {
                last = token.text();
            } else if (!token.isWord() || !BUSINESS_NAME_JOINERS.contains(token.text())
                    || (token.is("of") || token.is("for")) && !ProperNames.isOrganisationWord(last)
                    || (token.is("and") || token.is("&")) && !(i + 1 < tokens.size()
                            && ProperNames.isCompanyForm(tokens.get(i + 1).text()))) {
                // "general manager John Smith of Acme Bank", "chief Paul Volcker and International Monetary Fund":
                // a person; "Bank of New York Co", "Kidder Peabody and Co" one business's name
                break;
            }
        }
        return last != null && ProperNames.endsBusinessName(last);
    }

    /** Tokens of the longest title at {@code index}, 0 if none. */
    private int titleLength(List<Token> tokens, int index) {
        for (List<String> title : titlesByFirstWord.getOrDefault(tokens.get(index).text(), List.of())) {
            if (index + title.size() >= tokens.size()) {
                continue;
            }
            boolean matches = true;
            for (int w = 0; w < title.size() && matches; w++) {
                matches = tokens.get(index + w).text().equals(title.get(w));
            }
            int after = index + title.size();
            if (matches && (tokens.get(after).isCapitalised() && tokens.get(after).isWord()
                    || afterDepartment(tokens, after) > after)) {
                return title.size();
            }
        }
        return 0;
    }

    /** "Russian" in "Russian Foreign Minister Sergei Lavrov": a gazetteer name right before the title or name. */
    private static ActorReference affiliationBefore(List<Token> tokens, int index, List<NameMatch> gazetteer) {
        if (index == 0) {
            return null;
        }
        int previousEnd = tokens.get(index - 1).end();
        for (NameMatch match : gazetteer) {
            if (match.end() == previousEnd) {
                return match.actor();
            }
        }
        return null;
    }

    private static boolean isSentenceInitial(List<Token> tokens, int index, Set<Integer> sentenceStarts) {
        int previous = index - 1;
        while (previous >= 0 && (tokens.get(previous).isQuoteMark() || "(“‘\"[".contains(tokens.get(previous).text()))) {
            previous--;
        }
        int start = previous + 1 < tokens.size() ? tokens.get(previous + 1).start() : tokens.get(index).start();
        return sentenceStarts.contains(tokens.get(index).start()) || sentenceStarts.contains(start)
                || previous >= 0 && ":".equals(tokens.get(previous).text());
    }

    /** Groups occurrences into actors: short mentions join the person whose name they end. */
    private ArticleNames entities(String text, List<Occurrence> occurrences) {
        Set<String> usedMidSentence = new HashSet<>();
        occurrences.stream().filter(occurrence -> !occurrence.sentenceInitial())
                .forEach(occurrence -> usedMidSentence.addAll(occurrence.words()));
        Map<String, List<Occurrence>> byEntity = new LinkedHashMap<>();
        // by last word: the latest long name so far, and the first long name of the whole text
        Map<String, String> latestLongName = new HashMap<>();
        Map<String, String> firstLongName = new HashMap<>();
        occurrences.stream().filter(occurrence -> occurrence.words().size() > 1)
                .forEach(occurrence -> firstLongName.putIfAbsent(occurrence.last(), occurrence.name()));
        for (Occurrence occurrence : occurrences) {
            String key = occurrence.name();
            if (occurrence.words().size() == 1) {
                java.util.Optional<String> longName = java.util.Optional.ofNullable(
                        latestLongName.getOrDefault(occurrence.last(), firstLongName.get(occurrence.last())));
                if (longName.isEmpty() && occurrence.sentenceInitial() && !usedMidSentence.contains(occurrence.last())) {
                    continue;
                }
                key = longName.orElse(key);
            } else {
                latestLongName.put(occurrence.last(), occurrence.name());
            }
            byEntity.computeIfAbsent(key, name -> new ArrayList<>()).add(occurrence);
        }
        Set<String> usedAlone = new HashSet<>();
        byEntity.values().forEach(list -> list.stream().filter(occurrence -> occurrence.words().size() == 1)
                .forEach(occurrence -> usedAlone.add(occurrence.last())));
        ArticleNames.Builder names = new ArticleNames.Builder();
        for (Map.Entry<String, List<Occurrence>> entity : byEntity.entrySet()) {
            List<Occurrence> mentions = entity.getValue();
            boolean titled = mentions.stream().anyMatch(Occurrence::titled);
            if (!titled && mentions.size() < MIN_UNTITLED_MENTIONS) {
                continue;
            }
            String name = entity.getKey();
            String last = name.substring(name.lastIndexOf(' ') + 1);
            ActorType type = ProperNames.isOrganisationWord(last) ? ActorType.ORGANIZATION
                    : titled || name.contains(" ") && usedAlone.contains(last) ? ActorType.PERSON : ActorType.OTHER;
            ActorReference affiliation = mentions.stream().map(Occurrence::affiliation)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            List<String> forms = mentions.stream().map(Occurrence::name).distinct().filter(form -> !form.equals(name)).toList();
            ActorReference actor = new ActorReference(name, type, forms, affiliation, ActorStatus.PROPOSED);
            List<String> nameForms = new ArrayList<>(List.of(name));
            nameForms.addAll(forms);
            if (name.contains(" ")) {
                nameForms.add(last);
            }
            names.add(actor, nameForms);
            for (Occurrence occurrence : mentions) {
                names.mention(new ActorMention(text.substring(occurrence.start(), occurrence.end()),
                        new TextSpan(occurrence.start(), occurrence.end()), type, actor));
            }
        }
        return names.build();
    }

    private static boolean[] coveredByGazetteer(List<Token> tokens, List<NameMatch> gazetteer) {
        boolean[] covered = new boolean[tokens.size()];
        int m = 0;
        for (int i = 0; i < tokens.size() && m < gazetteer.size(); i++) {
            Token token = tokens.get(i);
            while (m < gazetteer.size() && gazetteer.get(m).end() <= token.start()) {
                m++;
            }
            if (m < gazetteer.size() && gazetteer.get(m).start() < token.end() && token.start() < gazetteer.get(m).end()) {
                covered[i] = true;
            }
        }
        return covered;
    }


    private static int endOffset(Token token) {
        String text = token.text();
        return ProperNames.isPossessive(text) ? token.end() - (text.endsWith("s’") ? 1 : 2) : token.end();
    }
}
