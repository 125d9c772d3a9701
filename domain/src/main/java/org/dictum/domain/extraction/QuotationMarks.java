package org.dictum.domain.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations: “…”, "…", «…», „…“ and ‘…’, tolerating mismatched double marks (an opening straight " closed
 * by a curly ” and vice versa). A straight or single mark opens only after whitespace or an opening bracket and
 * before a non-space; a mark closes only before a non-letter, so "Monday’s" and "don’t" are not quotations.
 * Quotations do not cross paragraph breaks; a mark left open at the end of its paragraph is ignored.
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
            char mark = text.charAt(i);
            int close = -1;
            if (opensDouble(text, i)) {
                close = closingDouble(text, i);
            } else if (mark == '‘' && opensAfterSpace(text, i)) {
                close = closingSingle(text, i);
            }
            if (close > i) {
                quotes.add(new QuotedSpan(i, close));
                i = close + 1;
            } else {
                i++;
            }
        }
        return quotes;
    }

    private static boolean opensDouble(String text, int i) {
        char mark = text.charAt(i);
        return DOUBLE_OPENERS.indexOf(mark) >= 0 || (mark == '"' && opensAfterSpace(text, i));
    }

    private static boolean opensAfterSpace(String text, int i) {
        boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([—–-:".indexOf(text.charAt(i - 1)) >= 0;
        boolean textAfter = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        return spaceBefore && textAfter;
    }

    private static int closingDouble(String text, int open) {
        for (int i = open + 1; i < text.length() && text.charAt(i) != '\n'; i++) {
            char mark = text.charAt(i);
            if (mark == '“' && text.charAt(open) != '„') {
                return -1;
            }
            if (DOUBLE_CLOSERS.indexOf(mark) >= 0 && closesBeforeNonLetter(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private static int closingSingle(String text, int open) {
        for (int i = open + 1; i < text.length() && text.charAt(i) != '\n'; i++) {
            if (text.charAt(i) == '’' && closesBeforeNonLetter(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean closesBeforeNonLetter(String text, int i) {
        boolean textBefore = !Character.isWhitespace(text.charAt(i - 1));
        boolean nonLetterAfter = i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
        return textBefore && nonLetterAfter;
    }
}
