package org.dictum.domain.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The verbs that introduce speech, writing and thought ("said", "told", "pointed out", "believes"), read from
 * {@code cue-verbs-en.txt}, where the file's header documents the format and flags.
 */
final class CueLexicon {

    /** Words on each side of a capitalised cue that tell a title-case headline from a name inside a sentence. */
    private static final int TITLE_CASE_WINDOW = 4;

    /** One cue verb with how it takes its content. */
    record Verb(String lemma, boolean takesHearer, boolean needsComplementiser, boolean onlyAfterContent, boolean thought,
                boolean objectContent, boolean takesInfinitive) {

        Verb(String lemma, boolean takesHearer, boolean needsComplementiser, boolean onlyAfterContent, boolean thought,
             boolean objectContent) {
            this(lemma, takesHearer, needsComplementiser, onlyAfterContent, thought, objectContent, false);
        }
    }

    /**
     * A cue found among tokens.
     *
     * @param from       first token of the cue
     * @param to         token after the cue (half-open)
     * @param participle an -ing form ("saying"), which takes its speaker from the main clause
     * @param baseForm   the form without ending ("say", "call"), which is also a noun or an imperative often
     */
    record Match(Verb verb, int from, int to, boolean participle, boolean baseForm) {
    }

    private record Form(List<String> words, Verb verb, boolean base) {
    }

    private final Map<String, List<Form>> formsByFirstWord;

    CueLexicon(List<String> rows) {
        Map<String, List<Form>> byFirstWord = new HashMap<>();
        for (String row : rows) {
            String[] columns = row.split("\t");
            String[] forms = columns[0].strip().split("\\s+");
            Set<String> flags = columns.length > 1 ? Set.of(columns[1].strip().split("\\s*,\\s*")) : Set.of();
            Verb verb = new Verb(forms[0].replace('_', ' '), flags.contains("hearer"), flags.contains("that"),
                    flags.contains("tail"), flags.contains("thought"), flags.contains("object"),
                    flags.contains("to"));
            for (String form : forms) {
                List<String> words = Arrays.asList(form.split("_"));
                byFirstWord.computeIfAbsent(words.get(0), first -> new ArrayList<>())
                        .add(new Form(words, verb, form.equals(forms[0])));
            }
        }
        byFirstWord.values().forEach(forms -> forms.sort(Comparator.comparingInt((Form form) -> form.words().size()).reversed()));
        this.formsByFirstWord = Map.copyOf(byFirstWord);
    }

    static CueLexicon english() {
        return new CueLexicon(ResourceLines.read("cue-verbs-en.txt"));
    }

    /**
     * The longest cue form that starts at {@code index}, matched as lower-case words; in a title-case headline
     * ("Hollande Says Trump Makes You Want To Retch") also capitalised.
     */
    Optional<Match> at(List<Token> tokens, int index) {
        Token first = tokens.get(index);
        boolean titleCase = first.isCapitalised() && inTitleCase(tokens, index);
        List<Form> candidates = formsByFirstWord.get(titleCase ? first.lower() : first.text());
        if (candidates == null) {
            return Optional.empty();
        }
        for (Form form : candidates) {
            if (matches(tokens, index, form.words(), titleCase)) {
                return Optional.of(new Match(form.verb(), index, index + form.words().size(),
                        form.words().get(0).endsWith("ing"), form.base()));
            }
        }
        return Optional.empty();
    }

    /** Whether the word is any form of a cue verb ("said", "says"), used to stop a speaker phrase. */
    boolean isCueWord(String lowerCaseWord) {
        return formsByFirstWord.containsKey(lowerCaseWord);
    }

    private static boolean matches(List<Token> tokens, int index, List<String> words, boolean titleCase) {
        if (index + words.size() > tokens.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            String token = tokens.get(index + i).text();
            if (!token.equals(words.get(i)) && !(titleCase && token.equalsIgnoreCase(words.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** Both neighbours of the token at {@code index} are capitalised words. */
    static boolean betweenCapitalisedWords(List<Token> tokens, int index) {
        return index > 0 && index + 1 < tokens.size() && tokens.get(index - 1).isWord() && tokens.get(index - 1).isCapitalised()
                && tokens.get(index + 1).isWord() && tokens.get(index + 1).isCapitalised();
    }

    /**
     * Both neighbours are capitalised words, and so are most words around: the cue stands in a headline written in
     * title case, not in a name such as "London Interbank Offered Rate" inside a sentence.
     */
    static boolean inTitleCase(List<Token> tokens, int index) {
        if (!betweenCapitalisedWords(tokens, index)) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (int i = Math.max(0, index - TITLE_CASE_WINDOW); i <= Math.min(tokens.size() - 1, index + TITLE_CASE_WINDOW); i++) {
            if (i != index && tokens.get(i).isWord()) {
                words++;
                capitalised += tokens.get(i).isCapitalised() ? 1 : 0;
            }
        }
        return capitalised * 4 >= words * 3;
    }
}
