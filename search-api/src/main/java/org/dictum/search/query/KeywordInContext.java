package org.dictum.search.query;

/**
 * The sentence before and the sentence after a span of an article's main text, for showing a
 * statement in its context. Sentences end at . ! ? (followed by white space) or at a line break.
 */
public final class KeywordInContext {

    private KeywordInContext() {
    }

    /** The sentence that ends where the one holding {@code start} begins; empty at the start of the text. */
    public static String before(String text, int start) {
        int sentenceStart = sentenceStart(text, start);
        if (sentenceStart == 0) {
            return "";
        }
        int previousStart = sentenceStart(text, sentenceStart - 1);
        return text.substring(previousStart, sentenceStart).strip();
    }

    /** The sentence that starts after the one holding {@code end}; empty at the end of the text. */
    public static String after(String text, int end) {
        int sentenceEnd = sentenceEnd(text, end);
        if (sentenceEnd >= text.length()) {
            return "";
        }
        return text.substring(sentenceEnd, sentenceEnd(text, sentenceEnd + 1)).strip();
    }

    private static int sentenceStart(String text, int position) {
        for (int i = Math.min(position, text.length()) - 1; i > 0; i--) {
            if (text.charAt(i) == '\n' || (Character.isWhitespace(text.charAt(i)) && endsSentence(text, i - 1))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int sentenceEnd(String text, int position) {
        for (int i = Math.max(position, 0); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (endsSentence(text, i) && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** A full stop, ! or ?, possibly followed by a closing quotation mark, ends at {@code i}. */
    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '”' || c == '"' || c == '’') {
            return i > 0 && isTerminal(text.charAt(i - 1));
        }
        return isTerminal(c);
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?';
    }
}
