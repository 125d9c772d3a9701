package org.dictum.bench.topics;

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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dictum.domain.topic.learning.LabelledText;

/**
 * The ModApte split of Reuters-21578 as used here: stories with {@code lewissplit} TRAIN form
 * the training set and TEST the test set, in both cases only stories with at least one topic
 * (any of the 135 TOPICS categories); NOT-USED stories are left out. The text of a story is its
 * title, a blank line and its body (some stories have a title only).
 */
record ReutersModApte(List<Story> train, List<Story> test) {

    static final String CORPUS = "reuters21578/reuters21578.jsonl";

    record Story(int id, String text, Set<String> topics) {

        LabelledText labelled(Set<String> keptLabels) {
            Set<String> labels = new LinkedHashSet<>(topics);
            labels.retainAll(keptLabels);
            return new LabelledText(text, labels);
        }
    }

    static ReutersModApte read(Path dataDir) throws IOException {
        List<Story> train = new ArrayList<>();
        List<Story> test = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(dataDir.resolve(CORPUS), StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonObject story = parse(line);
                Set<String> topics = strings(story.getJsonArray("topics"));
                if (topics.isEmpty()) {
                    continue;
                }
                String split = story.getString("lewissplit", "");
                Story parsed = new Story(story.getInt("id"), textOf(story), topics);
                if (split.equals("TRAIN")) {
                    train.add(parsed);
                } else if (split.equals("TEST")) {
                    test.add(parsed);
                }
            }
        }
        return new ReutersModApte(List.copyOf(train), List.copyOf(test));
    }

    private static JsonObject parse(String line) {
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            return reader.readObject();
        }
    }

    private static String textOf(JsonObject story) {
        return field(story, "title") + "\n\n" + field(story, "body");
    }

    private static String field(JsonObject story, String name) {
        JsonValue value = story.get(name);
        return value instanceof JsonString string ? string.getString() : "";
    }

    private static Set<String> strings(JsonArray array) {
        Set<String> values = new LinkedHashSet<>();
        if (array != null) {
            array.getValuesAs(JsonString.class).forEach(value -> values.add(value.getString()));
        }
        return values;
    }
}
