package org.dictum.it.reuters;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;

/** Reuters-21578 stories from the shared research data (never committed), as the ITs submit them. */
final class ReutersCorpus {

    private ReutersCorpus() {
    }

    static Path file(Path sharedData) {
        return sharedData.resolve("reuters21578/reuters21578.jsonl");
    }

    /** One story with its gold metadata. {@code month} is {@code yyyy-MM} of its date, null when undated. */
    record Story(int id, String title, String body, String date, List<String> topics, List<String> places) {

        String month() {
            return date == null ? null : date.substring(0, 7);
        }

        /** What the ITs archive as the article: the body, or the title of a story without one. */
        String text() {
            return body.isBlank() ? title : body;
        }
    }

    /**
     * The body of {@code POST /api/articles} for a story, with its topics and places supplied; as
     * plain text, or as the text in an HTML page.
     */
    static JsonObject submission(Story story, String source, boolean asHtml) {
        JsonArrayBuilder topics = Json.createArrayBuilder();
        story.topics().forEach(topics::add);
        JsonArrayBuilder actors = Json.createArrayBuilder();
        story.places().forEach(actors::add);
        String text = story.text();
        JsonObjectBuilder builder = Json.createObjectBuilder()
                .add("source", source)
                .add(asHtml ? "html" : "text", asHtml ? "<html><body><article><pre>" + escape(text)
                        + "</pre></article></body></html>" : text)
                .add("topics", topics)
                .add("actors", actors);
        if (story.date() != null) {
            builder.add("publishedAt", story.date());
        }
        if (!story.title().isBlank()) {
            builder.add("title", story.title());
        }
        return builder.build();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * The stories with a text, each text once and in corpus order: identical content is one
     * article, so only its first submission's metadata counts.
     */
    static List<Story> distinctTexts(List<Story> stories) {
        Set<String> seen = new HashSet<>();
        return stories.stream().filter(story -> !story.text().isBlank() && seen.add(story.text())).toList();
    }

    /**
     * Posts each story to {@code POST /api/articles} from four clients at once (so that concurrent
     * ingestion of the same new actors and topics is exercised, and a search backend that waits for
     * each write to become visible is waited for four times at once); the replies in story order.
     */
    static List<Reply> submitConcurrently(HttpApi api, List<Story> stories, String source, boolean asHtml)
            throws InterruptedException, ExecutionException {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<Reply>> pending = new ArrayList<>();
            for (Story story : stories) {
                pending.add(clients.submit(() -> api.postJson("api/articles", submission(story, source, asHtml).toString())));
            }
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> reply : pending) {
                replies.add(reply.get());
            }
            return replies;
        } finally {
            clients.shutdownNow();
        }
    }

    static List<Story> read(Path file, int limit) throws IOException {
        List<Story> stories = new ArrayList<>();
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.limit(limit).forEach(line -> stories.add(parse(line)));
        }
        return stories;
    }

    private static Story parse(String line) {
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            JsonObject story = reader.readObject();
            return new Story(story.getInt("id"), story.getString("title", ""), story.getString("body", ""),
                    story.isNull("date") ? null : story.getString("date"),
                    strings(story.getJsonArray("topics")), strings(story.getJsonArray("places")));
        }
    }

    private static List<String> strings(JsonArray array) {
        return array == null ? List.of() : array.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).filter(s -> !s.isBlank()).distinct().toList();
    }
}
