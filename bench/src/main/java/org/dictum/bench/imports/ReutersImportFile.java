package org.dictum.bench.imports;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dictum.bench.search.ReutersIngest;

/**
 * Writes the Reuters-21578 stories as import JSON Lines: one line per story with the fields of
 * {@code POST /api/articles}, built exactly as the search benchmark posts them
 * ({@link ReutersIngest#submission}); stories without body or headline are left out.
 */
final class ReutersImportFile {

    /** How many stories were read, written, and left out for having no text. */
    record Conversion(int stories, int records, int withoutText) {
    }

    private ReutersImportFile() {
    }

    /** @param limit the most records to write, or 0 for all */
    static Conversion convert(Path reuters, Path out, int limit) throws IOException {
        int stories = 0;
        int records = 0;
        int withoutText = 0;
        try (BufferedReader in = Files.newBufferedReader(reuters, StandardCharsets.UTF_8);
             BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null && (limit <= 0 || records < limit); line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                stories++;
                String json;
                try (JsonReader reader = Json.createReader(new StringReader(line))) {
                    json = ReutersIngest.submission(reader.readObject());
                }
                if (json == null) {
                    withoutText++;
                } else {
                    writer.write(json);
                    writer.newLine();
                    records++;
                }
            }
        }
        return new Conversion(stories, records, withoutText);
    }
}
