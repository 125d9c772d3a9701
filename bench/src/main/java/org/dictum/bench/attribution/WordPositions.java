package org.dictum.bench.attribution;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word tokens of one document by position: a token is a run of letters and digits, so punctuation and
 * quotation marks never count. Spans become sets of token positions, and two spans are compared by the tokens
 * they share at the same place in the document (not by equal words elsewhere).
 */
final class WordPositions {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final int[] starts;
    private final int[] ends;

    WordPositions(String text) {
        List<int[]> tokens = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            tokens.add(new int[] {word.start(), word.end()});
        }
        this.starts = tokens.stream().mapToInt(token -> token[0]).toArray();
        this.ends = tokens.stream().mapToInt(token -> token[1]).toArray();
    }

    /** Positions of the tokens that overlap any of the spans. */
    BitSet tokensIn(Collection<CharSpan> spans) {
        BitSet tokens = new BitSet(starts.length);
        for (CharSpan span : spans) {
            for (int i = firstEndingAfter(span.start()); i < starts.length && starts[i] < span.end(); i++) {
                tokens.set(i);
            }
        }
        return tokens;
    }

    /** The character range of the token at a position. */
    CharSpan token(int position) {
        return new CharSpan(starts[position], ends[position]);
    }

    static double jaccard(BitSet first, BitSet second) {
        BitSet union = (BitSet) first.clone();
        union.or(second);
        if (union.isEmpty()) {
            return 0;
        }
        BitSet intersection = (BitSet) first.clone();
        intersection.and(second);
        return (double) intersection.cardinality() / union.cardinality();
    }

    private int firstEndingAfter(int offset) {
        int low = 0;
        int high = ends.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ends[middle] <= offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
