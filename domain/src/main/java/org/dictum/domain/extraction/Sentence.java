package org.dictum.domain.extraction;

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
}
