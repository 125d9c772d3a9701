package org.dictum.bench.maintext;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the L3S-GN1 data set: {@code gold.jsonl} and the raw bytes of {@code input/<id>.html}. */
final class L3sGn1 {

    private final Path folder;

    L3sGn1(Path folder) {
        this.folder = folder;
    }

    List<GoldPage> pages() throws IOException {
        List<GoldPage> pages = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try (JsonReader reader = Json.createReader(new StringReader(line))) {
                JsonObject row = reader.readObject();
                pages.add(new GoldPage(row.getString("id"), row.getString("headline", ""), row.getString("full_text", ""),
                        row.getString("supplemental", ""), row.getString("related_content", ""),
                        row.getString("comments", "")));
            }
        }
        return pages;
    }

    byte[] html(GoldPage page) throws IOException {
        return Files.readAllBytes(folder.resolve("input").resolve(page.id() + ".html"));
    }
}
