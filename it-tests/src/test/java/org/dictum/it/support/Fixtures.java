package org.dictum.it.support;

import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Test inputs: the seed article (a fixture copied with permission) and the shared research data. */
public final class Fixtures {

    public static final String SEED_SOURCE = "The Independent";

    private Fixtures() {
    }

    public static String seedText() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/us-russia-talks-independent.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed as the body of POST /api/articles. */
    public static String seedJson() {
        return Json.createObjectBuilder()
                .add("url", "https://www.independent.co.uk/news/world/americas/us-russia-talks")
                .add("source", SEED_SOURCE)
                .add("publishedAt", "2022-01-09")
                .add("text", seedText())
                .build().toString();
    }

    /** {@code ../shared/data} of the project, as the build passes it. */
    public static Path sharedData() {
        return Path.of(System.getProperty("dictum.shared.data", "../../shared/data"));
    }
}
