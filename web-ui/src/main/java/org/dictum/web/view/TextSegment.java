package org.dictum.web.view;

/** A run of the main text, either plain or the content of one statement. */
public class TextSegment {

    private final String text;
    private final StatementDetailRow statement;
    private final boolean cited;

    TextSegment(String text, StatementDetailRow statement) {
        this(text, statement, false);
    }

    /** @param cited whether a permalink ({@code span=start-end}) points at exactly this statement */
    TextSegment(String text, StatementDetailRow statement, boolean cited) {
        this.text = text;
        this.statement = statement;
        this.cited = cited;
    }

    public boolean isCited() {
        return cited;
    }

    public String getText() {
        return text;
    }

    public boolean isMarked() {
        return statement != null;
    }

    public StatementDetailRow getStatement() {
        return statement;
    }
}
