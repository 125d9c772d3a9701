package org.dictum.domain.story;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A MinHash sketch of a text's set of 5-word shingles: for each of {@value #SIZE} hash functions,
 * the smallest hash over the set. The share of positions where two signatures agree estimates the
 * Jaccard similarity of the two shingle sets (standard error about 0.04 at 0.5). Also keeps the
 * number of distinct shingles, so that containment (how much of the shorter text the longer one
 * holds) can be estimated too. Immutable.
 */
public final class MinHashSignature {

    /** Hash functions per signature. */
    public static final int SIZE = 128;
    /** Words per shingle: long enough that shared shingles mean shared sentences, not shared phrases. */
    public static final int SHINGLE_WIDTH = 5;
    /** Locality-sensitive hashing: {@value #BANDS} bands of {@value #ROWS} values each (the last two values are in none). */
    public static final int BANDS = 42;
    static final int ROWS = 3;

    private static final long[] SEEDS = seeds();

    private final int[] minima;
    private final int distinctShingles;

    private MinHashSignature(int[] minima, int distinctShingles) {
        this.minima = minima;
        this.distinctShingles = distinctShingles;
    }

    public static MinHashSignature of(String text) {
        long[] shingles = WordShingles.of(text, SHINGLE_WIDTH);
        Arrays.sort(shingles);
        int distinct = 0;
        long[] minima = new long[SIZE];
        Arrays.fill(minima, Long.MAX_VALUE);
        for (int i = 0; i < shingles.length; i++) {
            if (i > 0 && shingles[i] == shingles[i - 1]) {
                continue;
            }
            distinct++;
            for (int f = 0; f < SIZE; f++) {
                long hash = Mixing.mix(shingles[i] ^ SEEDS[f]);
                if (hash < minima[f]) {
                    minima[f] = hash;
                }
            }
        }
        int[] kept = new int[SIZE];
        for (int f = 0; f < SIZE; f++) {
            kept[f] = distinct == 0 ? 0 : (int) (minima[f] >>> 32);
        }
        return new MinHashSignature(kept, distinct);
    }

    /** Reads a signature written by {@link #toBytes()}. */
    public static MinHashSignature fromBytes(byte[] bytes, int distinctShingles) {
        if (bytes.length != SIZE * Integer.BYTES) {
            throw new IllegalArgumentException("A signature has " + SIZE * Integer.BYTES + " bytes, not " + bytes.length);
        }
        int[] minima = new int[SIZE];
        ByteBuffer.wrap(bytes).asIntBuffer().get(minima);
        return new MinHashSignature(minima, distinctShingles);
    }

    public byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(SIZE * Integer.BYTES);
        buffer.asIntBuffer().put(minima);
        return buffer.array();
    }

    public int distinctShingles() {
        return distinctShingles;
    }

    /** Estimated Jaccard similarity of the two shingle sets, 0 when either text is too short to have shingles. */
    public double jaccard(MinHashSignature other) {
        if (distinctShingles == 0 || other.distinctShingles == 0) {
            return 0;
        }
        int agreeing = 0;
        for (int f = 0; f < SIZE; f++) {
            if (minima[f] == other.minima[f]) {
                agreeing++;
            }
        }
        return (double) agreeing / SIZE;
    }

    /** Estimated share of the smaller text's shingles that the other text has too. */
    public double containment(MinHashSignature other) {
        int smaller = Math.min(distinctShingles, other.distinctShingles);
        if (smaller == 0) {
            return 0;
        }
        double jaccard = jaccard(other);
        double shared = jaccard * (distinctShingles + other.distinctShingles) / (1 + jaccard);
        return Math.min(1, shared / smaller);
    }

    /**
     * One key per band of {@value #ROWS} consecutive values: two texts share a key with probability
     * 1 − (1 − J³)⁴², 0.78 at Jaccard 0.33 (a copy cut to half), 0.996 at 0.5 and 3·10⁻⁴ at 0.02, so
     * candidates are found by key lookup instead of comparison with every archived text. Empty when
     * the text has no shingles.
     */
    public long[] bandKeys() {
        if (distinctShingles == 0) {
            return new long[0];
        }
        long[] keys = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long hash = band + 1;
            for (int row = 0; row < ROWS; row++) {
                hash = Mixing.mix(hash * 31 + minima[band * ROWS + row]);
            }
            keys[band] = hash;
        }
        return keys;
    }

    private static long[] seeds() {
        long[] seeds = new long[SIZE];
        for (int f = 0; f < SIZE; f++) {
            seeds[f] = Mixing.mix(0x5DEECE66DL + f);
        }
        return seeds;
    }
}
