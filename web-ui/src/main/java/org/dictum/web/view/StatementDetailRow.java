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

    public int getStart() {
        return detail.start();
    }

    public int getEnd() {
        return detail.end();
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

    /**
     * Where the statement comes from: the extractor with its version and confidence, or the librarian
     * who added it and when; then the last librarian's decision, if any.
     */
    public String getProvenance() {
        StringBuilder text = new StringBuilder();
        if ("LIBRARIAN".equals(detail.origin())) {
            text.append("added by ").append(detail.createdBy()).append(" on ").append(when(detail.createdAt()));
        } else {
            text.append(String.format(java.util.Locale.ROOT, "extracted by %s, confidence %.2f",
                    detail.extractorVersion(), detail.confidence()));
        }
        if (detail.curatedBy() != null) {
            text.append(" · ").append(getStatusLabel()).append(" by ").append(detail.curatedBy())
                    .append(" on ").append(when(detail.curatedAt()));
        }
        return text.toString();
    }

    /** extracted, verified, corrected, added or rejected. */
    public String getStatusLabel() {
        return detail.status().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isRejected() {
        return "REJECTED".equals(detail.status());
    }

    public String getRejectionReason() {
        return detail.rejectionReason();
    }

    public long getVersion() {
        return detail.version();
    }

    private static String when(java.time.Instant at) {
        return at == null ? "" : java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'")
                .withZone(java.time.ZoneOffset.UTC).format(at);
    }
}
