package org.dictum.search.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.dictum.persistence.audit.AuditRevision;
import org.dictum.search.history.AuditLogSlices.Batch;
import org.dictum.search.history.AuditLogSlices.RecordKey;
import org.hibernate.envers.RevisionType;

/**
 * The whole audit trail, revision by revision, for export. Reads the records a batch of revisions
 * changed, then those records' revisions slice by slice, each slice in a transaction of its own and
 * handed to the sink before the next is read: memory, persistence context and transactions stay
 * bounded however large the archive or a single revision, and a sink that fails (the client went
 * away) ends the export after at most one slice of work.
 */
@ApplicationScoped
public class AuditLog {

    /** Revisions whose changed records are listed at a time. */
    static final int BATCH_SIZE = 200;
    /** Record revisions read, handed over and forgotten at a time. */
    static final int SLICE_SIZE = 200;

    @Inject
    AuditLogSlices slices;

    /**
     * Hands every record revision made in [{@code from}, {@code until}) to {@code sink}, ordered by
     * revision number, then kind of record, then record id. Null bounds are open. Runs no
     * transaction of its own across the export: each batch and slice is read in one of its own.
     */
    public void forEachRevision(Instant from, Instant until, Consumer<RecordRevision> sink) {
        long after = 0;
        Optional<Batch> batch;
        while ((batch = slices.batchAfter(after, from, until, BATCH_SIZE)).isPresent()) {
            List<RecordKey> keys = batch.get().keys();
            for (int start = 0; start < keys.size(); start += SLICE_SIZE) {
                slices.revisions(keys.subList(start, Math.min(keys.size(), start + SLICE_SIZE))).forEach(sink);
            }
            after = batch.get().lastRevision();
        }
    }

    static RecordRevision revision(AuditedRecord record, long id, AuditRevision revision, RevisionType type,
                                   Map<String, String> before, Map<String, String> after) {
        return new RecordRevision(revision.getId(), revision.getChangedAt(), revision.getUserName(),
                revision.getReason().orElse(null), record.label(), id, RevisionKind.of(type).label(),
                FieldChanges.between(before, after));
    }
}
