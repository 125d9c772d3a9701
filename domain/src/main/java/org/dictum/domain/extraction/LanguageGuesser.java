package org.dictum.domain.extraction;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses a text's language (ISO 639-1) from how many of each language's frequent function words it contains.
 * Returns null when there is too little evidence or two languages score alike.
 */
final class LanguageGuesser {

    static final int MIN_HITS = 5;
    /** The winner must score at least this many times the runner-up. */
    static final double MIN_LEAD = 1.5;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final Map<String, Set<String>> stopwordsByLanguage;

    LanguageGuesser(Map<String, Set<String>> stopwordsByLanguage) {
        this.stopwordsByLanguage = Map.copyOf(stopwordsByLanguage);
    }

    static LanguageGuesser fromResource() {
        Map<String, Set<String>> stopwords = new LinkedHashMap<>();
        for (String line : ResourceLines.read("stopwords.txt")) {
            String[] parts = line.split(":", 2);
            stopwords.put(parts[0].strip(), Set.of(parts[1].strip().split("\\s+")));
        }
        return new LanguageGuesser(stopwords);
    }

    String guess(String text) {
        Map<String, Integer> hits = new HashMap<>();
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            String token = word.group();
            stopwordsByLanguage.forEach((language, stopwords) -> {
                if (stopwords.contains(token)) {
                    hits.merge(language, 1, Integer::sum);
                }
            });
        }
        List<Map.Entry<String, Integer>> ranked = hits.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .toList();
        if (ranked.isEmpty() || ranked.get(0).getValue() < MIN_HITS) {
            return null;
        }
        int runnerUp = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
        return ranked.get(0).getValue() >= MIN_LEAD * runnerUp ? ranked.get(0).getKey() : null;
    }
}
