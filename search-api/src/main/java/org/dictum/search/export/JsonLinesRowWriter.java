package org.dictum.search.export;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

/** Rows as JSON Lines ({@link JsonLine}): one object per row and line, members in column order, absent values as null. */
final class JsonLinesRowWriter<R> implements RowWriter<R> {

    private final List<Column<R>> columns;
    private final Writer out;

    JsonLinesRowWriter(List<Column<R>> columns, OutputStream stream) {
        this.columns = columns;
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    }

    @Override
    public void write(R row) {
        JsonObjectBuilder line = Json.createObjectBuilder();
        for (Column<R> column : columns) {
            add(line, column.name(), column.value().apply(row));
        }
        try {
            out.write(JsonLine.of(line.build()));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("Writing JSON Lines failed", e);
        }
    }

    private static void add(JsonObjectBuilder object, String name, Object value) {
        if (value == null) {
            object.addNull(name);
        } else if (value instanceof Boolean b) {
            object.add(name, b);
        } else if (value instanceof Long || value instanceof Integer) {
            object.add(name, ((Number) value).longValue());
        } else if (value instanceof Number n) {
            object.add(name, new BigDecimal(n.toString()));
        } else if (value instanceof Collection<?> list) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            list.forEach(item -> array.add(String.valueOf(item)));
            object.add(name, array);
        } else {
            object.add(name, String.valueOf(value));
        }
    }

    @Override
    public void finish() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing JSON Lines failed", e);
        }
    }
}
