package org.dictum.domain.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the gazetteer's countries and organisations in text by their names, aliases and demonyms, word by word:
 * case-sensitive ("US" is not "us"), longest name first, also before a possessive ("Russia’s") or a hyphen
 * ("U.S.-led"). In all-capital lines (wire headlines) names of three or more letters also match in capitals
 * ("JAPAN"). A one-word name right after a capitalised word that is not a title or function word is part of
 * another name and does not count ("New Mexico", "George Washington", "Latin American"); so is a given-name
 * country before a capitalised word ("Jordan Peterson"). A name that qualifies a currency ("U.S. dlrs", "Swiss
 * francs") names money, not the actor.
 */
final class ActorDictionary {

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "a", "an", "in", "on", "at", "to", "for", "from", "by", "with", "of", "and", "or", "but", "as",
            "after", "before", "since", "while", "when", "if", "that", "this", "these", "those", "both", "all", "some",
            "many", "most", "meanwhile", "however", "still", "yet", "so", "then", "now", "also", "even", "only",
            "last", "next", "former", "current", "pro", "anti", "why", "how", "what", "where", "who", "under",
            "between", "against", "across", "among", "during", "inside", "outside", "without", "within", "over",
            "president", "prime", "minister", "secretary", "ambassador", "envoy", "foreign", "defense", "defence",
            "finance", "trade", "north", "south", "east", "west", "central", "northern", "southern", "eastern",
            "western", "its", "his", "her", "their", "our", "my", "your", "says", "said", "say", "told", "tells",
            "mr.", "mrs.", "ms.", "dr.", "gen.", "sen.", "rep.", "gov.", "sir", "king", "queen", "pope", "emperor");
    private static final Set<String> GIVEN_NAME_COUNTRIES = Set.of("Chad", "Jordan", "Georgia", "India", "Israel", "Kenya");
    /** In capitals these are ordinary words; they only count as written ("WHO" is not the World Health Organization). */
    private static final Set<String> NOT_IN_CAPITALS = Set.of("US", "WHO", "AU", "IT", "IS", "AS", "AM", "ITC", "ICO", "EC");

    private static final Set<String> CURRENCIES = Set.of(
            "dollar", "dollars", "dlr", "dlrs", "yen", "franc", "francs", "mark", "marks", "pound", "pounds", "stg",
            "sterling", "lira", "lire", "peso", "pesos", "cruzado", "cruzados", "crown", "crowns", "krona", "kronor",
            "krone", "kroner", "guilder", "guilders", "rupee", "rupees", "riyal", "riyals", "rand", "dinar", "dinars",
            "schilling", "schillings", "escudo", "escudos", "peseta", "pesetas", "won", "yuan", "rouble", "roubles",
            "ruble", "rubles", "cents", "cent", "currency", "euro", "euros", "shekel", "shekels", "baht", "ringgit");

    /** A name as words: "United", "States". */
    private record Name(List<String> words, ActorReference actor) {
    }

    private final Map<String, ActorReference> actorsByName;
    private final Map<String, List<Name>> namesByFirstWord;
    private final Map<String, List<Name>> namesByFirstWordInCapitals;
    private final Tokenizer tokenizer;

    /** @param actorsByName every surface form (canonical name, alias, demonym) and the actor it names */
    ActorDictionary(Map<String, ActorReference> actorsByName) {
        this.actorsByName = Map.copyOf(actorsByName);
        this.tokenizer = Tokenizer.english();
        Map<String, List<Name>> byFirstWord = new HashMap<>();
        Map<String, List<Name>> inCapitals = new HashMap<>();
        for (Map.Entry<String, ActorReference> entry : actorsByName.entrySet()) {
            String surface = entry.getKey();
            List<String> words = tokenizer.tokens(surface, 0, surface.length()).stream().map(Token::text).toList();
            if (words.isEmpty()) {
                continue;
            }
            Name name = new Name(words, entry.getValue());
            byFirstWord.computeIfAbsent(words.get(0), word -> new ArrayList<>()).add(name);
            boolean longEnough = surface.replaceAll("[^\\p{L}]", "").length() >= 3;
            if (longEnough && !NOT_IN_CAPITALS.contains(surface)) {
                List<String> upper = words.stream().map(word -> word.toUpperCase(Locale.ROOT)).toList();
                inCapitals.computeIfAbsent(upper.get(0), word -> new ArrayList<>()).add(new Name(upper, entry.getValue()));
            }
        }
        Comparator<Name> longestFirst = Comparator.comparingInt((Name name) -> name.words().size()).reversed();
        byFirstWord.values().forEach(names -> names.sort(longestFirst));
        inCapitals.values().forEach(names -> names.sort(longestFirst));
        this.namesByFirstWord = Map.copyOf(byFirstWord);
        this.namesByFirstWordInCapitals = Map.copyOf(inCapitals);
    }

    static ActorDictionary english() {
        return ActorDictionaryLoader.load("actors-en.tsv");
    }

    List<NameMatch> mentionsIn(String text) {
        return mentionsIn(text, tokenizer.tokens(text, 0, text.length()));
    }

    /** The gazetteer names among the tokens of {@code text}, in text order. */
    List<NameMatch> mentionsIn(String text, List<Token> tokens) {
        List<NameMatch> mentions = new ArrayList<>();
        boolean[] capitalLine = capitalLines(text, tokens);
        for (int i = 0; i < tokens.size(); i++) {
            int matched = match(text, tokens, i, capitalLine[i], mentions);
            if (matched > 0) {
                NameMatch mention = mentions.get(mentions.size() - 1);
                boolean currency = i + matched < tokens.size() && CURRENCIES.contains(tokens.get(i + matched).lower());
                if (currency || matched == 1 && isPartOfAnotherName(tokens, i, mention, mentions)) {
                    mentions.remove(mentions.size() - 1);
                } else {
                    i += matched - 1;
                }
            }
        }
        return mentions;
    }

    /** Distinct actors named in the text, in order of first mention. */
    List<ActorReference> actorsIn(String text) {
        Map<String, ActorReference> distinct = new LinkedHashMap<>();
        mentionsIn(text).forEach(mention -> distinct.putIfAbsent(mention.actor().canonicalName(), mention.actor()));
        return List.copyOf(distinct.values());
    }

    /** The actor the whole phrase names, e.g. "the Kremlin" or "NATO". */
    Optional<ActorReference> named(String phrase) {
        String bare = phrase.strip();
        ActorReference actor = actorsByName.get(bare);
        if (actor == null && bare.regionMatches(true, 0, "the ", 0, 4)) {
            actor = actorsByName.get(bare.substring(4));
        }
        return Optional.ofNullable(actor);
    }

    /** Whether a word is one of the gazetteer's names on its own ("Russian", "NATO"). */
    boolean isName(String word) {
        return actorsByName.containsKey(word);
    }

    /** Adds the longest name starting at token i to {@code mentions}; returns its length in tokens, 0 if none. */
    private int match(String text, List<Token> tokens, int i, boolean capitals, List<NameMatch> mentions) {
        Token first = tokens.get(i);
        for (String key : lookupKeys(first.text())) {
            List<Name> names = (capitals && isAllCapitals(first.text()) ? namesByFirstWordInCapitals : namesByFirstWord).get(key);
            if (names == null) {
                continue;
            }
            for (Name name : names) {
                int end = matchEnd(tokens, i, name.words());
                if (end > 0) {
                    mentions.add(new NameMatch(name.actor(), first.start(), end, text.substring(first.start(), end)));
                    return name.words().size();
                }
            }
        }
        return 0;
    }

    /** The offset after the name if the tokens from i spell it, else 0. The last word may carry "’s" or "-led". */
    private static int matchEnd(List<Token> tokens, int i, List<String> words) {
        if (i + words.size() > tokens.size()) {
            return 0;
        }
        for (int w = 0; w < words.size(); w++) {
            Token token = tokens.get(i + w);
            String word = words.get(w);
            boolean last = w == words.size() - 1;
            if (token.text().equals(word) || token.text().equalsIgnoreCase(word) && isAllCapitals(token.text())) {
                continue;
            }
            if (last && lookupKeys(token.text()).stream().anyMatch(key -> key.equals(word) || key.equalsIgnoreCase(word)
                    && isAllCapitals(token.text()))) {
                return token.start() + word.length();
            }
            return 0;
        }
        return tokens.get(i + words.size() - 1).end();
    }

    /** "Russia’s" → "Russia’s", "Russia"; "U.S.-led" → "U.S.-led", "U.S.". */
    private static List<String> lookupKeys(String word) {
        List<String> keys = new ArrayList<>(3);
        keys.add(word);
        for (String suffix : new String[] {"’s", "'s", "’", "'"}) {
            if (word.length() > suffix.length() + 1 && word.endsWith(suffix)) {
                keys.add(word.substring(0, word.length() - suffix.length()));
            }
        }
        int hyphen = word.indexOf('-');
        if (hyphen > 0) {
            keys.add(word.substring(0, hyphen));
        }
        return keys;
    }

    private boolean isPartOfAnotherName(List<Token> tokens, int i, NameMatch mention, List<NameMatch> mentions) {
        if (i > 0) {
            Token before = tokens.get(i - 1);
            boolean previousMatched = mentions.size() >= 2 && mentions.get(mentions.size() - 2).end() == before.end();
            if (before.isWord() && before.isCapitalised() && !isAllCapitals(before.text()) && !previousMatched
                    && !FUNCTION_WORDS.contains(before.lower()) && !isName(before.text())
                    && before.end() + 1 >= tokens.get(i).start()) {
                return true;
            }
        }
        if (GIVEN_NAME_COUNTRIES.contains(mention.surface()) && i + 1 < tokens.size()) {
            Token after = tokens.get(i + 1);
            return after.isWord() && after.isCapitalised() && !isAllCapitals(after.text()) && !isName(after.text())
                    && !FUNCTION_WORDS.contains(after.lower());
        }
        return false;
    }

    /** Per token: whether it stands in a line written in capitals (a wire headline). */
    static boolean[] capitalLines(String text, List<Token> tokens) {
        boolean[] capitals = new boolean[tokens.size()];
        int lineStart = -1;
        int lineEnd = -1;
        boolean lineInCapitals = false;
        for (int i = 0; i < tokens.size(); i++) {
            int offset = tokens.get(i).start();
            if (offset >= lineEnd) {
                lineStart = text.lastIndexOf('\n', offset) + 1;
                int newline = text.indexOf('\n', offset);
                lineEnd = newline < 0 ? text.length() : newline;
                lineInCapitals = mostlyCapitals(text, lineStart, lineEnd);
            }
            capitals[i] = lineInCapitals;
        }
        return capitals;
    }

    private static boolean mostlyCapitals(String text, int from, int to) {
        int letters = 0;
        int upper = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 8 && upper * 10 >= letters * 9;
    }

    private static boolean isAllCapitals(String word) {
        boolean letter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }
}
