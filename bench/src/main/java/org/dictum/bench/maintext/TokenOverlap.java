package org.dictum.bench.maintext;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bag-of-words agreement between an extracted text and a gold text. Tokens are maximal runs of letters and digits,
 * lower-cased, so punctuation, quote styles and the gold's '?' for unmapped characters ("Kosovo?s") do not count.
 * Matching is multiset intersection: a word extracted twice matches twice only if the gold has it twice.
 *
 * @param extracted tokens in the extracted text
 * @param gold      tokens in the gold text
 * @param matched   size of the multiset intersection
 */
public record TokenOverlap(int extracted, int gold, int matched) {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

    public static TokenOverlap of(String extractedText, String goldText) {
        Map<String, Integer> extractedBag = bag(extractedText);
        Map<String, Integer> goldBag = bag(goldText);
        return new TokenOverlap(size(extractedBag), size(goldBag), size(intersection(extractedBag, goldBag)));
    }

    /** Share of extracted tokens that are in the gold; 1 when nothing was extracted from an empty gold, else 0. */
    public double precision() {
        if (extracted == 0) {
            return gold == 0 ? 1 : 0;
        }
        return (double) matched / extracted;
    }

    /** Share of gold tokens that were extracted; 1 when the gold is empty and nothing was extracted, else 0. */
    public double recall() {
        if (gold == 0) {
            return extracted == 0 ? 1 : 0;
        }
        return (double) matched / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Lower-cased letter-and-digit tokens with their counts. */
    public static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        if (text == null) {
            return bag;
        }
        Matcher token = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (token.find()) {
            bag.merge(token.group(), 1, Integer::sum);
        }
        return bag;
    }

    /** The tokens of {@code bag} left after taking away those of {@code taken}, count by count. */
    public static Map<String, Integer> minus(Map<String, Integer> bag, Map<String, Integer> taken) {
        Map<String, Integer> rest = new HashMap<>();
        bag.forEach((token, count) -> {
            int left = count - taken.getOrDefault(token, 0);
            if (left > 0) {
                rest.put(token, left);
            }
        });
        return rest;
    }

    public static Map<String, Integer> intersection(Map<String, Integer> first, Map<String, Integer> second) {
        Map<String, Integer> common = new HashMap<>();
        first.forEach((token, count) -> {
            int both = Math.min(count, second.getOrDefault(token, 0));
            if (both > 0) {
                common.put(token, both);
            }
        });
        return common;
    }

    public static int size(Map<String, Integer> bag) {
        return bag.values().stream().mapToInt(Integer::intValue).sum();
    }
}
