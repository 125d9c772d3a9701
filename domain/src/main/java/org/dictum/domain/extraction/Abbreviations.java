package org.dictum.domain.extraction;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Tokens ending in a period that are not the end of a sentence ("Mr.", "Jan."), from {@code abbreviations-en.txt}. */
final class Abbreviations {

    private static final Set<String> ENGLISH = ResourceLines.read("abbreviations-en.txt").stream()
            .flatMap(line -> Arrays.stream(line.split("\\s+")))
            .collect(Collectors.toUnmodifiableSet());

    private Abbreviations() {
    }

    static Set<String> english() {
        return ENGLISH;
    }
}
