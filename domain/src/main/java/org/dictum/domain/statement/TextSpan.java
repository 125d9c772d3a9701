package org.dictum.domain.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A half-open character range {@code [start, end)} in an article's main text. */
@Embeddable
public class TextSpan {

    @Column(name = "span_start", nullable = false)
    private int start;

    @Column(name = "span_end", nullable = false)
    private int end;

    protected TextSpan() {
    }

    public TextSpan(int start, int end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Invalid span [" + start + ", " + end + ")");
        }
        this.start = start;
        this.end = end;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public int length() {
        return end - start;
    }

    public boolean fitsIn(String text) {
        return end <= text.length();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TextSpan span && span.start == start && span.end == end;
    }

    @Override
    public int hashCode() {
        return 31 * start + end;
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
