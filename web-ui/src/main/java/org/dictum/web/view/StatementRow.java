package org.dictum.web.view;

import org.dictum.search.query.StatementHit;

/** A statement in the result list. */
public class StatementRow {

    private final StatementHit hit;

    StatementRow(StatementHit hit) {
        this.hit = hit;
    }

    public long getId() {
        return hit.id();
    }

    public String getContent() {
        return hit.content();
    }

    /** The content with query matches in {@code <mark>}, already HTML-escaped by the search; null without a query. */
    public String getHighlight() {
        return hit.highlight();
    }

    public String getBefore() {
        return hit.before();
    }

    public String getAfter() {
        return hit.after();
    }

    public String getKindClass() {
        return StatementKinds.cssClass(hit.kind());
    }

    public String getKindLabel() {
        return StatementKinds.label(hit.kind());
    }

    public String getSpeaker() {
        return hit.speakerActor() != null ? hit.speakerActor() : hit.speaker();
    }

    public String getSpeakerMention() {
        return hit.speaker();
    }

    public String getCue() {
        return hit.cue();
    }

    public String getStatementDate() {
        return hit.statementDate() == null ? "" : hit.statementDate().toString();
    }

    public boolean isStatementDateInferred() {
        return hit.statementDateInferred();
    }

    public long getArticleId() {
        return hit.article().id();
    }

    public String getArticleTitle() {
        return hit.article().title() == null ? "(untitled article)" : hit.article().title();
    }

    public String getArticleSource() {
        return hit.article().source();
    }
}
