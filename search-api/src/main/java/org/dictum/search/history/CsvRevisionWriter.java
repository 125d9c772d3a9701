package org.dictum.search.history;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import org.dictum.search.export.CsvTable;

/**
 * The audit log as CSV ({@link CsvTable}: RFC 4180, a header row, formula-looking cells neutralised):
 * one row per changed field, or one row with empty field columns for a revision that changed none of
 * the shown fields.
 */
final class CsvRevisionWriter implements RevisionWriter {

    static final List<String> HEADER = List.of("revision", "timestamp", "user", "reason", "record", "recordId", "kind",
            "field", "before", "after");

    private final CsvTable table;

    CsvRevisionWriter(OutputStream stream) {
        this.table = CsvTable.writingTo(stream, HEADER);
    }

    @Override
    public void write(RecordRevision r) {
        List<FieldChange> changes = r.changes().isEmpty() ? List.of(new FieldChange(null, null, null)) : r.changes();
        for (FieldChange change : changes) {
            table.row(Arrays.asList(r.revision(), r.timestamp(), r.user(), r.reason(), r.record(), r.recordId(),
                    r.kind(), change.field(), change.before(), change.after()));
        }
    }

    @Override
    public void finish() {
        table.flush();
    }
}
