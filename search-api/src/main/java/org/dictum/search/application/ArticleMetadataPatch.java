package org.dictum.search.application;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.article.ArticleMetadata;
import org.dictum.domain.article.Source;

/**
 * A JSON merge patch (RFC 7396) of an article's metadata: a member that is present replaces the
 * field (null clears it), an absent one leaves it alone. Also carries the {@code version} the
 * editor read and the {@code reason} for the change. Unknown members are refused, so that a typo
 * or a field that cannot be edited is not silently ignored.
 */
public final class ArticleMetadataPatch {

    /** Editable member name → largest length. */
    private static final Map<String, Integer> EDITABLE = Map.of(
            "title", 1000, "url", 2048, "source", 300, "publishedAt", 40, "language", 16);
    private static final int MAX_REASON_LENGTH = 1000;

    private final JsonObject body;

    private ArticleMetadataPatch(JsonObject body) {
        this.body = body;
    }

    /** Reads a request body, which must be one JSON object. */
    public static ArticleMetadataPatch parse(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidInputException("body", "A JSON object is required");
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return of(reader.readObject());
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidInputException("body", "The body must be one JSON object: " + e.getMessage());
        }
    }

    public static ArticleMetadataPatch of(JsonObject body) {
        for (Map.Entry<String, JsonValue> member : body.entrySet()) {
            String name = member.getKey();
            if (name.equals("version")) {
                if (!(member.getValue() instanceof JsonNumber number) || !number.isIntegral()) {
                    throw new InvalidInputException(name, "version must be a whole number");
                }
            } else if (name.equals("reason")) {
                requireText(name, member.getValue(), MAX_REASON_LENGTH);
            } else if (EDITABLE.containsKey(name)) {
                requireText(name, member.getValue(), EDITABLE.get(name));
            } else {
                throw new InvalidInputException(name, name + " cannot be edited; editable: title, url, source, "
                        + "publishedAt, language (and version, reason)");
            }
        }
        return new ArticleMetadataPatch(body);
    }

    public OptionalLong version() {
        return body.containsKey("version") ? OptionalLong.of(body.getJsonNumber("version").longValueExact())
                : OptionalLong.empty();
    }

    public Optional<String> reason() {
        return text("reason");
    }

    /** The metadata after the patch; {@code sources} finds or creates the source of a name. */
    public ArticleMetadata applyTo(ArticleMetadata current, Function<String, Source> sources) {
        String title = edited("title") ? text("title").orElse(null) : current.title();
        String url = edited("url") ? text("url").orElse(null) : current.url();
        Source source = edited("source") ? text("source").map(sources).orElse(null) : current.source();
        Instant publishedAt = edited("publishedAt") ? Dates.instantOf("publishedAt", text("publishedAt").orElse(null))
                : current.publishedAt();
        String language = edited("language") ? text("language").orElse(null) : current.language();
        return new ArticleMetadata(title, url, source, publishedAt, language);
    }

    private boolean edited(String name) {
        return body.containsKey(name);
    }

    private Optional<String> text(String name) {
        JsonValue value = body.get(name);
        return value instanceof JsonString string && !string.getString().isBlank()
                ? Optional.of(string.getString().strip()) : Optional.empty();
    }

    private static void requireText(String name, JsonValue value, int maxLength) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        if (!(value instanceof JsonString string)) {
            throw new InvalidInputException(name, name + " must be a string or null");
        }
        if (string.getString().length() > maxLength) {
            throw new InvalidInputException(name, name + " has at most " + maxLength + " characters");
        }
    }
}
