package org.dictum.bench.attribution;

import java.util.BitSet;

/**
 * Which characters of a document lie between double quotation marks (“…”, «…», "…"), found independently of the
 * extractor so that both gold and predicted contents are classed by the same rule. Quotations end at a line break:
 * a quote continued in the next paragraph reopens there with its own mark. An attribution is direct when at
 * least half of its content tokens are quoted.
 */
final class QuotedText {

    private final BitSet quoted = new BitSet();

    QuotedText(String text) {
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = false;
            } else if (c == '“' || c == '«' || c == '„') {
                open = true;
            } else if (c == '”' || c == '»') {
                open = false;
            } else if (c == '"') {
                open = !open;
            } else if (open) {
                quoted.set(i);
            }
        }
    }

    boolean isDirect(BitSet tokens, WordPositions words) {
        if (tokens.isEmpty()) {
            return false;
        }
        int inQuotes = 0;
        for (int token = tokens.nextSetBit(0); token >= 0; token = tokens.nextSetBit(token + 1)) {
            if (quoted.get(words.token(token).start())) {
                inQuotes++;
            }
        }
        return 2 * inQuotes >= tokens.cardinality();
    }
}
