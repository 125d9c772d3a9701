package org.dictum.domain.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a wire story's first sentence: "WASHINGTON (Reuters) - ", "WASHINGTON, March 3 - ",
 * "KYIV, Ukraine — ", "LONDON (AP) – ". It says where and when the story was filed, so it is neither part of a
 * statement's content nor of its speaker, and its date is not the statement's.
 */
final class Datelines {

    /** A place in capitals, an optional ", date or region", an optional "(Agency)", then a dash and a capital. */
    private static final Pattern DATELINE = Pattern.compile(
            "\\p{Lu}[\\p{Lu}.'’]+(?:\\s+\\p{Lu}[\\p{Lu}.'’]+){0,3}"
                    + "(?:,\\s+[\\p{L}.]+(?:\\s+[\\p{L}\\d.,]+){0,3}?)?"
                    + "(?:\\s+\\([\\p{L}][\\p{L}.\\s-]{0,30}\\))?"
                    + "\\s+[-–—]{1,2}\\s+(?=\\p{Lu}|[“\"‘])");

    private Datelines() {
    }

    /** The tokens of a sentence after its dateline, if it opens with one; else all of them. */
    static List<Token> withoutDateline(String text, List<Token> sentenceTokens) {
        if (sentenceTokens.isEmpty()) {
            return sentenceTokens;
        }
        int end = end(text, sentenceTokens.get(0).start(), sentenceTokens.get(sentenceTokens.size() - 1).end());
        int first = 0;
        while (first < sentenceTokens.size() && sentenceTokens.get(first).start() < end) {
            first++;
        }
        return first == 0 || first == sentenceTokens.size() ? sentenceTokens : sentenceTokens.subList(first, sentenceTokens.size());
    }

    /** Where the text after a dateline opening at {@code start} begins; {@code start} when there is none. */
    static int end(String text, int start, int limit) {
        Matcher dateline = DATELINE.matcher(text).region(start, limit);
        return dateline.lookingAt() ? dateline.end() : start;
    }
}
