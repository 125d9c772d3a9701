package org.dictum.domain.extraction;

import java.util.List;

/**
 * The quotations of a text as {@link QuotationMarks#find} gives them (in text order, none overlapping another), looked
 * up by position: a sentence asks only for the quotations that touch it, so that extraction time grows with the text
 * and not with sentences times quotations.
 */
final class SortedQuotes {

    private final List<QuotedSpan> quotes;

    SortedQuotes(List<QuotedSpan> quotes) {
        this.quotes = List.copyOf(quotes);
        for (int i = 1; i < quotes.size(); i++) {
            if (quotes.get(i).start() < quotes.get(i - 1).end()) {
                throw new IllegalArgumentException("quotations must be in text order and must not overlap");
            }
        }
    }

    /** The quotations with a character in {@code [from, to)}, in text order. */
    List<QuotedSpan> overlapping(int from, int to) {
        int low = 0;
        int high = quotes.size();
        while (low < high) {   // the first quotation ending after from: ends grow with starts
            int middle = (low + high) >>> 1;
            if (quotes.get(middle).end() <= from) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        int last = low;
        while (last < quotes.size() && quotes.get(last).start() < to) {
            last++;
        }
        return quotes.subList(low, last);
    }
}
