package org.dictum.domain.extraction;

/**
 * A quotation in the main text.
 *
 * @param start      offset of the opening mark
 * @param end        offset after the closing mark, or the end of the paragraph for a quotation left open
 * @param innerStart offset after the opening mark
 * @param innerEnd   offset of the closing mark (or of the paragraph end)
 */
record QuotedSpan(int start, int end, int innerStart, int innerEnd) {

    boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
