package org.dictum.bench.actors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code reuters21578.jsonl}: one story a line with id, date, title, body and the places, people and orgs
 * categories. Bodies are hard-wrapped at about 70 columns with indented paragraph starts; {@link #unwrap} joins the
 * wrapped lines back into paragraphs, as the text would reach Dictum from a submitter.
 */
public final class ReutersCorpus {

    private ReutersCorpus() {
    }

    public static List<ReutersStory> read(Path jsonl) throws IOException {
        List<ReutersStory> stories = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    stories.add(story(line));
                }
            }
        }
        return stories;
    }

    static ReutersStory story(String line) {
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            JsonObject json = reader.readObject();
            return new ReutersStory(json.get("id").toString(), text(json, "title"), text(json, "body"),
                    date(text(json, "date")), codes(json, "places"), codes(json, "people"), codes(json, "orgs"));
        }
    }

    private static String text(JsonObject json, String field) {
        JsonValue value = json.get(field);
        return value instanceof JsonString string ? string.getString() : "";
    }

    private static LocalDate date(String timestamp) {
        return timestamp.length() >= 10 ? LocalDate.parse(timestamp.substring(0, 10)) : null;
    }

    private static Set<String> codes(JsonObject json, String field) {
        Set<String> codes = new HashSet<>();
        JsonValue value = json.get(field);
        if (value instanceof JsonArray array) {
            array.getValuesAs(JsonString.class).forEach(code -> codes.add(code.getString()));
        }
        return codes;
    }
}
