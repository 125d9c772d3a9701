package org.dictum.web.view;

/** A run of the main text, either plain or the content of one statement. */
public class TextSegment {

    private final String text;
    private final StatementDetailRow statement;

    TextSegment(String text, StatementDetailRow statement) {
        this.text = text;
        this.statement = statement;
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
