package org.dictum.bench.attribution;

/** A half-open character range {@code [start, end)} in a document. */
record CharSpan(int start, int end) {

    CharSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Invalid span [" + start + ", " + end + ")");
        }
    }

    boolean overlaps(CharSpan other) {
        return start < other.end && other.start < end;
    }
}
