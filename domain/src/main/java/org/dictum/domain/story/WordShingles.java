package org.dictum.domain.story;

import java.text.Normalizer;

/**
 * The hashed word n-grams ("shingles") of a text. Words are runs of letters and digits, folded to
 * lower case without accents, so that punctuation, layout, case and typographic variants of one
 * text give the same shingles. Each shingle is one 64-bit hash; repeated shingles repeat.
 */
final class WordShingles {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private WordShingles() {
    }

    /** @return the hashes of every run of {@code width} consecutive words; empty when there are fewer words */
    static long[] of(String text, int width) {
        long[] words = wordHashes(text);
        if (words.length < width) {
            return new long[0];
        }
        long[] shingles = new long[words.length - width + 1];
        for (int start = 0; start < shingles.length; start++) {
            long hash = 0;
            for (int i = 0; i < width; i++) {
                hash = hash * GOLDEN + words[start + i];
            }
            shingles[start] = Mixing.mix(hash);
        }
        return shingles;
    }

    private static long[] wordHashes(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD);
        long[] hashes = new long[Math.max(16, folded.length() / 5)];
        int count = 0;
        long hash = FNV_OFFSET;
        boolean inWord = false;
        for (int i = 0; i < folded.length(); ) {
            int codePoint = folded.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.getType(codePoint) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(codePoint)) {
                hash = (hash ^ Character.toLowerCase(codePoint)) * FNV_PRIME;
                inWord = true;
            } else if (inWord) {
                if (count == hashes.length) {
                    hashes = java.util.Arrays.copyOf(hashes, count * 2);
                }
                hashes[count++] = hash;
                hash = FNV_OFFSET;
                inWord = false;
            }
        }
        if (inWord) {
            if (count == hashes.length) {
                hashes = java.util.Arrays.copyOf(hashes, count + 1);
            }
            hashes[count++] = hash;
        }
        return java.util.Arrays.copyOf(hashes, count);
    }
}
