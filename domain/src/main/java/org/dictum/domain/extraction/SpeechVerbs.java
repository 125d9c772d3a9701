package org.dictum.domain.extraction;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The verbs that introduce speech ("said", "told", "warned"), read from {@code speech-verbs-en.txt}. */
final class SpeechVerbs {

    private final Set<String> formsOfTell;
    private final Pattern anyForm;

    SpeechVerbs(List<List<String>> lemmaForms) {
        Set<String> forms = lemmaForms.stream().flatMap(List::stream).collect(Collectors.toUnmodifiableSet());
        this.formsOfTell = lemmaForms.stream()
                .filter(list -> list.get(0).equals("tell"))
                .flatMap(List::stream)
                .collect(Collectors.toUnmodifiableSet());
        String alternatives = forms.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .collect(Collectors.joining("|"));
        this.anyForm = Pattern.compile("(?<![\\p{L}’'-])(?:" + alternatives + ")(?![\\p{L}’'-])");
    }

    static SpeechVerbs english() {
        return new SpeechVerbs(ResourceLines.read("speech-verbs-en.txt").stream()
                .map(line -> Arrays.asList(line.strip().split("\\s+")))
                .toList());
    }

    /** "told" and friends take a hearer before the content ("told reporters that ..."). */
    boolean takesHearer(String word) {
        return formsOfTell.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Matches any form as a whole, lower-case word. */
    Pattern anyForm() {
        return anyForm;
    }
}
