package org.dictum.web.view;

import org.dictum.search.application.StatementDetail;

/** A statement on the article page, numbered in reading order. */
public class StatementDetailRow {

    private final int number;
    private final StatementDetail detail;

    StatementDetailRow(int number, StatementDetail detail) {
        this.number = number;
        this.detail = detail;
    }

    public int getNumber() {
        return number;
    }

    public long getId() {
        return detail.id();
    }

    public String getKindLabel() {
        return StatementKinds.label(detail.kind());
    }

    public String getKindClass() {
        return StatementKinds.cssClass(detail.kind());
    }

    public String getSpeakerMention() {
        return detail.speaker();
    }

    public String getSpeakerActor() {
        return detail.speakerActor();
    }

    public String getSpeakerAffiliation() {
        return detail.speakerAffiliation();
    }

    public String getCue() {
        return detail.cue();
    }

    public String getContent() {
        return detail.content();
    }

    public String getStatementDate() {
        return detail.statementDate() == null ? "" : detail.statementDate().toString();
    }

    public boolean isStatementDateInferred() {
        return detail.statementDateInferred();
    }

    public String getMentionedActors() {
        return String.join(", ", detail.mentionedActors());
    }

    public String getProvenance() {
        return String.format(java.util.Locale.ROOT, "%s, confidence %.2f, %s",
                detail.extractorVersion() == null ? "added by hand" : detail.extractorVersion(),
                detail.confidence(), detail.status().toLowerCase(java.util.Locale.ROOT));
    }
}
