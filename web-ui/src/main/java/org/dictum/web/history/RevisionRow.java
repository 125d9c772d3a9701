package org.dictum.web.history;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dictum.search.history.FieldChange;
import org.dictum.search.history.RecordRevision;

/** One revision on the history page (Facelets cannot call record accessors). */
public class RevisionRow {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final RecordRevision revision;

    RevisionRow(RecordRevision revision) {
        this.revision = revision;
    }

    public long getRevision() {
        return revision.revision();
    }

    public String getTime() {
        return WHEN.format(revision.timestamp());
    }

    public String getIsoTime() {
        return revision.timestamp().toString();
    }

    public String getUser() {
        return revision.user();
    }

    public String getReason() {
        return revision.reason();
    }

    public String getKind() {
        return revision.kind();
    }

    public List<Change> getChanges() {
        return revision.changes().stream().map(Change::new).toList();
    }

    /** One changed field. */
    public static class Change {
        private final FieldChange change;

        Change(FieldChange change) {
            this.change = change;
        }

        public String getField() {
            return change.field();
        }

        public String getBefore() {
            return change.before();
        }

        public String getAfter() {
            return change.after();
        }
    }
}
