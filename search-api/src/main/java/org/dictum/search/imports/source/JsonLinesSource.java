package org.dictum.search.imports.source;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dictum.search.application.JsonKind;
import org.dictum.search.application.StrictJson;

/**
 * JSON Lines: one JSON object per line with the fields of {@code POST /api/articles} (or those the
 * mapping names). Blank lines are passed over; a line that is not exactly one JSON object (text after it, a
 * key given twice: {@link StrictJson}), or one over the {@link RecordLimit}, is a malformed record.
 */
final class JsonLinesSource implements RecordSource {

    private final Path file;
    private final BoundedLines lines;
    private final RecordLimit limit;
    private final FieldMapping mapping;
    private long lineNumber;
    private long recordNumber;

    JsonLinesSource(Path file, FieldMapping mapping, RecordLimit limit) throws IOException {
        this.file = file;
        this.lines = new BoundedLines(file, limit);
        this.limit = limit;
        this.mapping = mapping;
    }

    /**
     * A JSON array of articles spread over lines, the form most tools export JSON in: read line by line, each of its
     * lines was a failed record ("the text ends before the JSON value does"), and the import completed having stored
     * nothing. Told by its first line, an array that does not end on it.
     */
    private ImportSourceException arrayExport() {
        return new ImportSourceException(file.getFileName() + " holds a JSON array, not JSON Lines: JSON Lines has one"
                + " object per line with nothing around them; write the array's objects one per line"
                + " (jq -c '.[]' export.json > export.jsonl) and import that file");
    }

    /**
     * A file of blank lines only (a byte order mark, line ends, spaces): the import completed having read nothing, and
     * did not say why, where an archive without article files fails saying what it holds.
     */
    @Override
    public String nothingToImport() {
        return file.getFileName() + " holds no records: it has only blank lines; JSON Lines has one JSON object per line";
    }

    @Override
    public Optional<SourceRecord> next() {
        BoundedLines.Line line = nextNonBlankLine();
        if (line == null) {
            return Optional.empty();
        }
        recordNumber++;
        String locator = "line " + lineNumber;
        if (line.oversized()) {
            return Optional.of(SourceRecord.malformed(recordNumber, locator, limit.reason("the line", line.bytes())));
        }
        JsonValue value;
        try {
            value = StrictJson.read(line.text());
        } catch (StrictJson.MalformedJsonException e) {
            if (recordNumber == 1 && line.text().stripLeading().startsWith("[")) {
                throw arrayExport();
            }
            return Optional.of(SourceRecord.malformed(recordNumber, locator, e.getMessage()));
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            return Optional.of(SourceRecord.malformed(recordNumber, locator, "not a JSON object but " + JsonKind.of(value).phrase()));
        }
        JsonObject object = value.asJsonObject();
        try {
            return Optional.of(SourceRecord.ofFields(recordNumber, locator,
                    mapping.article(key -> scalar(object, key), key -> list(object, key))));
        } catch (IllegalArgumentException wrongType) {
            return Optional.of(SourceRecord.malformed(recordNumber, locator, wrongType.getMessage()));
        }
    }

    @Override
    public long skip(long count) {
        long skipped = 0;
        while (skipped < count && nextNonBlankLine() != null) {
            skipped++;
            recordNumber++;
        }
        return skipped;
    }

    private BoundedLines.Line nextNonBlankLine() {
        try {
            BoundedLines.Line line;
            do {
                line = lines.next();
                if (line == null) {
                    return null;
                }
                lineNumber = line.number();
            } while (!line.oversized() && line.text().isBlank());
            return line;
        } catch (CharacterCodingException e) {
            throw Utf8Files.notUtf8(file, "JSON Lines", e);
        } catch (IOException e) {
            throw new ImportSourceException("Cannot read on after line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    /** A string, number or boolean as text; null and absent as null. */
    private static String scalar(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER, TRUE, FALSE -> value.toString();
            default -> throw new IllegalArgumentException("field '" + key + "' must be a string, not " + JsonKind.of(value).phrase());
        };
    }

    private static List<String> list(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new IllegalArgumentException("field '" + key + "' must be an array of strings");
        }
        List<String> entries = new ArrayList<>();
        for (JsonValue entry : (JsonArray) value) {
            if (entry.getValueType() != JsonValue.ValueType.STRING) {
                throw new IllegalArgumentException("field '" + key + "' must be an array of strings");
            }
            entries.add(((JsonString) entry).getString());
        }
        return entries;
    }

    @Override
    public void close() {
        try {
            lines.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
