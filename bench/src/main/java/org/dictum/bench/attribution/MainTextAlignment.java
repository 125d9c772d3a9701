package org.dictum.bench.attribution;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps offsets in an extracted main text back to the original document. The main text is the original's kept
 * paragraphs joined by "\n": lines may have been dropped (headline, boilerplate) and whitespace stripped or
 * collapsed, but the words of each kept paragraph appear in the original in the same order. Each paragraph is
 * located after the previous one (exactly, else with any whitespace between its words), and its characters are
 * mapped one by one; a whitespace run maps to the start of the original's whitespace run.
 */
final class MainTextAlignment {

    private final int[] originalOffset;

    private MainTextAlignment(int[] originalOffset) {
        this.originalOffset = originalOffset;
    }

    /** @throws IllegalArgumentException when a paragraph of the main text is not found in the original */
    static MainTextAlignment of(String original, String mainText) {
        int[] offsets = new int[mainText.length() + 1];
        int cursor = 0;
        int paragraphStart = 0;
        while (paragraphStart <= mainText.length()) {
            int newline = mainText.indexOf('\n', paragraphStart);
            int paragraphEnd = newline < 0 ? mainText.length() : newline;
            cursor = align(original, mainText, paragraphStart, paragraphEnd, cursor, offsets);
            if (newline < 0) {
                break;
            }
            offsets[newline] = cursor;
            paragraphStart = newline + 1;
        }
        offsets[mainText.length()] = cursor;
        return new MainTextAlignment(offsets);
    }

    /** The original offset of a main-text offset; {@code mainText.length()} maps to just after the last paragraph. */
    int toOriginal(int mainTextOffset) {
        return originalOffset[mainTextOffset];
    }

    /** A half-open main-text range as a half-open original range. */
    CharSpan toOriginal(int start, int end) {
        if (end <= start) {
            return new CharSpan(toOriginal(start), toOriginal(start));
        }
        return new CharSpan(toOriginal(start), toOriginal(end - 1) + 1);
    }

    /** Aligns main text [from, to) to the original at or after {@code cursor}; returns the original offset after it. */
    private static int align(String original, String mainText, int from, int to, int cursor, int[] offsets) {
        String paragraph = mainText.substring(from, to);
        if (paragraph.isBlank()) {
            for (int i = from; i < to; i++) {
                offsets[i] = cursor;
            }
            return cursor;
        }
        int found = original.indexOf(paragraph, cursor);
        if (found >= 0) {
            for (int i = 0; i < paragraph.length(); i++) {
                offsets[from + i] = found + i;
            }
            return found + paragraph.length();
        }
        Matcher loose = loosePattern(paragraph).matcher(original);
        if (!loose.find(cursor)) {
            throw new IllegalArgumentException("Main text paragraph not found in the original: " + abbreviated(paragraph));
        }
        int j = loose.start();
        for (int i = 0; i < paragraph.length(); ) {
            if (Character.isWhitespace(paragraph.charAt(i))) {
                int runStart = j;
                while (i < paragraph.length() && Character.isWhitespace(paragraph.charAt(i))) {
                    offsets[from + i++] = runStart;
                }
                while (j < loose.end() && Character.isWhitespace(original.charAt(j))) {
                    j++;
                }
            } else {
                offsets[from + i++] = j++;
            }
        }
        return loose.end();
    }

    private static Pattern loosePattern(String paragraph) {
        StringBuilder regex = new StringBuilder();
        for (String word : paragraph.strip().split("\\s+")) {
            if (!regex.isEmpty()) {
                regex.append("\\s+");
            }
            regex.append(Pattern.quote(word));
        }
        return Pattern.compile(regex.toString());
    }

    private static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
