package org.dictum.domain.extraction;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article described by a page's JSON-LD scripts: the first node (top level, in an array or in an
 * {@code @graph}) typed as an article, else the first node with a headline. Scripts that are not valid JSON are
 * skipped, as browsers and search engines skip them.
 */
final class JsonLd {

    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",
            "LiveBlogPosting", "ScholarlyArticle", "TechArticle", "Report", "SocialMediaPosting");

    private final JsonObject article;

    private JsonLd(JsonObject article) {
        this.article = article;
    }

    static JsonLd of(Document document) {
        List<JsonObject> nodes = new ArrayList<>();
        for (Element script : document.select("script[type~=(?i)application/ld\\+json]")) {
            try (JsonReader reader = Json.createReader(new StringReader(script.data().strip()))) {
                collect(reader.readValue(), nodes);
            } catch (JsonException | IllegalStateException invalid) {
                // Not JSON: ignored like a browser ignores it.
            }
        }
        JsonObject article = nodes.stream().filter(JsonLd::isArticle).findFirst()
                .or(() -> nodes.stream().filter(node -> node.containsKey("headline")).findFirst())
                .orElse(null);
        return new JsonLd(article);
    }

    Optional<String> text(String property) {
        return article == null ? Optional.empty() : textOf(article.get(property));
    }

    /** Names of a property holding a person or organisation, a list of them, or plain strings. */
    List<String> names(String property) {
        if (article == null || article.get(property) == null) {
            return List.of();
        }
        JsonValue value = article.get(property);
        List<JsonValue> items = value instanceof JsonArray array ? array : List.of(value);
        List<String> names = new ArrayList<>();
        for (JsonValue item : items) {
            Optional<String> name = item instanceof JsonObject object ? textOf(object.get("name")) : textOf(item);
            name.ifPresent(names::add);
        }
        return names;
    }

    private static Optional<String> textOf(JsonValue value) {
        if (value instanceof JsonString string && !string.getString().isBlank()) {
            return Optional.of(string.getString().strip());
        }
        if (value instanceof JsonArray array && !array.isEmpty()) {
            return textOf(array.get(0));
        }
        return Optional.empty();
    }

    private static void collect(JsonValue value, List<JsonObject> nodes) {
        if (value instanceof JsonArray array) {
            array.forEach(item -> collect(item, nodes));
        } else if (value instanceof JsonObject object) {
            nodes.add(object);
            if (object.get("@graph") != null) {
                collect(object.get("@graph"), nodes);
            }
        }
    }

    private static boolean isArticle(JsonObject node) {
        JsonValue type = node.get("@type");
        List<JsonValue> types = type instanceof JsonArray array ? array : type == null ? List.of() : List.of(type);
        return types.stream().anyMatch(t -> t instanceof JsonString s && ARTICLE_TYPES.contains(s.getString()));
    }
}
