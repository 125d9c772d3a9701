package org.dictum.search.history;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.dictum.search.export.JsonLine;

/** The audit log as JSON Lines ({@link JsonLine}): one object per record revision, its changes as an array. */
final class JsonLinesRevisionWriter implements RevisionWriter {

    private final Writer out;

    JsonLinesRevisionWriter(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    }

    @Override
    public void write(RecordRevision r) {
        var changes = Json.createArrayBuilder();
        for (FieldChange change : r.changes()) {
            JsonObjectBuilder c = Json.createObjectBuilder().add("field", change.field());
            addOrNull(c, "before", change.before());
            addOrNull(c, "after", change.after());
            changes.add(c);
        }
        JsonObjectBuilder line = Json.createObjectBuilder()
                .add("revision", r.revision())
                .add("timestamp", r.timestamp().toString())
                .add("user", r.user());
        addOrNull(line, "reason", r.reason());
        line.add("record", r.record()).add("recordId", r.recordId()).add("kind", r.kind()).add("changes", changes);
        try {
            out.write(JsonLine.of(line.build()));
            out.write('\n');
        } catch (IOException e) {
            throw RevisionWriter.unchecked(e);
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

    private static void addOrNull(JsonObjectBuilder object, String name, String value) {
        if (value == null) {
            object.addNull(name);
        } else {
            object.add(name, value);
        }
    }
}
