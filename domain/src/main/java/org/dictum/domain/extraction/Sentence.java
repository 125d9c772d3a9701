package org.dictum.domain.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence of the main text.
 *
 * @param start offset of its first character in the main text
 * @param end   offset after its last character (half-open)
 * @param text  the main text between start and end
 */
record Sentence(int start, int end, String text) {

    boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /**
     * The tokens of each sentence, in sentence order: the views of {@code textTokens} (the tokens of
     * the whole text, in order) that lie wholly inside it; empty for a sentence without any.
     */
    static List<List<Token>> tokensOf(List<Sentence> sentences, List<Token> textTokens) {
        List<List<Token>> bySentence = new ArrayList<>(sentences.size());
        int first = 0;
        for (Sentence sentence : sentences) {
            while (first < textTokens.size() && textTokens.get(first).start() < sentence.start()) {
                first++;
            }
            int last = first;
            while (last < textTokens.size() && textTokens.get(last).end() <= sentence.end()) {
                last++;
            }
            bySentence.add(textTokens.subList(first, last));
            first = last;
        }
        return bySentence;
    }
}
