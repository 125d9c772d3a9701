package org.dictum.domain.extraction;

/**
 * A quotation in the main text.
 *
 * @param open  offset of the opening mark
 * @param close offset of the closing mark
 */
record QuotedSpan(int open, int close) {
}
