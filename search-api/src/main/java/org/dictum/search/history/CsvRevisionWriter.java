package org.dictum.search.history;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The audit log as CSV (RFC 4180: CRLF line ends, a header row, fields with commas, quotes or line
 * breaks quoted, quotes doubled): one row per changed field, or one row with empty field columns for
 * a revision that changed none of the shown fields.
 */
final class CsvRevisionWriter implements RevisionWriter {

    static final List<String> HEADER = List.of("revision", "timestamp", "user", "reason", "record", "recordId", "kind",
            "field", "before", "after");
    private static final String CRLF = "\r\n";

    private final Writer out;

    CsvRevisionWriter(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        row(HEADER);
    }

    @Override
    public void write(RecordRevision r) {
        List<FieldChange> changes = r.changes().isEmpty() ? List.of(new FieldChange(null, null, null)) : r.changes();
        for (FieldChange change : changes) {
            row(java.util.Arrays.asList(String.valueOf(r.revision()), r.timestamp().toString(), r.user(), r.reason(),
                    r.record(), String.valueOf(r.recordId()), r.kind(), change.field(), change.before(), change.after()));
        }
    }

    @Override
    public void finish() {
        try {
            out.flush();
        } catch (IOException e) {
            throw RevisionWriter.unchecked(e);
        }
    }

    private void row(List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(field(fields.get(i)));
            }
            out.write(CRLF);
        } catch (IOException e) {
            throw RevisionWriter.unchecked(e);
        }
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
