package org.dictum.it.support;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Random lower-case words that tests put into the articles they archive, so that each test finds
 * its own records and nothing else. Letters only: the analysers split words at digits, and a word
 * taken from a UUID's letters can come out shorter than asked for.
 */
public final class MarkerWords {

    private MarkerWords() {
    }

    /**
     * {@code length} random letters a–z, the last one x: a word ending in "ly" or "ed" reads to the extractor as an
     * adverb or a verb, so "Zorbal Quintvzsainly said" lost its surname and made such tests fail at random.
     */
    public static String letters(int length) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder letters = new StringBuilder(length);
        for (int i = 0; i < length - 1; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.append('x').toString();
    }
}
