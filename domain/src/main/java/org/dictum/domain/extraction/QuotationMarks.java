package org.dictum.domain.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations: “…”, "…", «…», „…“, ''…'' (as some newspapers write them) and ‘…’, tolerating mismatched
 * double marks (an opening straight " closed by a curly ” and vice versa). A straight or single mark opens only
 * after whitespace, an opening bracket or a dash and before a non-space; a mark closes only after a non-space and
 * before a non-letter, so "Monday’s" and "don’t" are not quotations. Single quotes inside a double quotation
 * belong to it.
 *
 * <p>Unbalanced marks: a quotation still open at the end of its paragraph continues when the next paragraph opens
 * with a quotation mark (the convention for quotes running over several paragraphs); otherwise it ends with its
 * paragraph. A new opening double mark before any closing one ends the open quotation just before it.
 */
final class QuotationMarks {

    private static final String DOUBLE_OPENERS = "“«„";
    private static final String DOUBLE_CLOSERS = "”\"»“";

    private QuotationMarks() {
    }

    static List<QuotedSpan> find(String text) {
        List<QuotedSpan> quotes = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int markLength = openingDouble(text, i);
            QuotedSpan quote = null;
            if (markLength > 0) {
                quote = closeDouble(text, i, markLength);
            } else if (text.charAt(i) == '‘' && opensAfterSpace(text, i, 1)) {
                quote = closeSingle(text, i);
            }
            if (quote != null) {
                quotes.add(quote);
                i = Math.max(quote.end(), i + 1);
            } else {
                i++;
            }
        }
        return quotes;
    }

    /** Length of the opening double mark at i, 0 if there is none. */
    private static int openingDouble(String text, int i) {
        char mark = text.charAt(i);
        if (DOUBLE_OPENERS.indexOf(mark) >= 0) {
            return 1;
        }
        if (mark == '"' && opensAfterSpace(text, i, 1)) {
            return 1;
        }
        if (text.startsWith("''", i) && opensAfterSpace(text, i, 2) || text.startsWith("``", i)) {
            return 2;
        }
        return 0;
    }

    private static boolean opensAfterSpace(String text, int i, int markLength) {
        boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([—–-:".indexOf(text.charAt(i - 1)) >= 0;
        boolean textAfter = i + markLength < text.length() && !Character.isWhitespace(text.charAt(i + markLength));
        return spaceBefore && textAfter;
    }

    private static QuotedSpan closeDouble(String text, int open, int markLength) {
        int i = open + markLength;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                int next = nextParagraphStart(text, i);
                if (next < text.length() && openingDouble(text, next) > 0) {
                    i = next + openingDouble(text, next);
                    continue;
                }
                return unclosed(text, open, markLength, i);
            }
            if (c == '“' && text.charAt(open) != '„' || (c == '«' && text.charAt(open) == '«')) {
                return unclosed(text, open, markLength, i);
            }
            int closing = closingDouble(text, i);
            if (closing > 0) {
                return new QuotedSpan(open, i + closing, open + markLength, i);
            }
            i++;
        }
        return unclosed(text, open, markLength, text.length());
    }

    /** Length of a closing double mark at i, 0 if there is none. */
    private static int closingDouble(String text, int i) {
        if (text.startsWith("''", i) && closesBeforeNonLetter(text, i, 2)) {
            return 2;
        }
        if (DOUBLE_CLOSERS.indexOf(text.charAt(i)) >= 0 && closesBeforeNonLetter(text, i, 1)) {
            return 1;
        }
        return 0;
    }

    private static QuotedSpan unclosed(String text, int open, int markLength, int stop) {
        int end = stop;
        while (end > open + markLength && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > open + markLength ? new QuotedSpan(open, end, open + markLength, end) : null;
    }

    private static QuotedSpan closeSingle(String text, int open) {
        for (int i = open + 1; i < text.length() && text.charAt(i) != '\n'; i++) {
            if (text.charAt(i) == '’' && closesBeforeNonLetter(text, i, 1)) {
                return new QuotedSpan(open, i + 1, open + 1, i);
            }
        }
        return null;
    }

    private static int nextParagraphStart(String text, int newline) {
        int i = newline;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean closesBeforeNonLetter(String text, int i, int markLength) {
        boolean textBefore = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
        boolean nonLetterAfter = i + markLength >= text.length() || !Character.isLetterOrDigit(text.charAt(i + markLength));
        return textBefore && nonLetterAfter;
    }
}
