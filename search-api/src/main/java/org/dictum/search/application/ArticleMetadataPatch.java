package org.dictum.search.application;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.Function;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.article.ArticleMetadata;
import org.dictum.domain.article.MetadataRules;
import org.dictum.domain.article.Source;

/**
 * A JSON merge patch (RFC 7396) of an article's metadata: a member that is present replaces the
 * field (null clears it), an absent one leaves it alone. Also carries the {@code version} the
 * editor read and the {@code reason} for the change. Unknown members are refused, so that a typo
 * or a field that cannot be edited is not silently ignored; an edited url and language must be what a submission
 * may give ({@link MetadataRules}).
 */
public final class ArticleMetadataPatch extends JsonMergePatch {

    /** Editable member name → largest length. */
    private static final Map<String, Integer> EDITABLE = Map.of(
            "title", 1000, "url", 2048, "source", 300, "publishedAt", 40, "language", 16);

    private ArticleMetadataPatch(JsonObject body) {
        super(body);
    }

    /** Reads a request body, which must be one JSON object. */
    public static ArticleMetadataPatch parse(String json) {
        return of(readObject(json));
    }

    public static ArticleMetadataPatch of(JsonObject body) {
        for (Map.Entry<String, JsonValue> member : body.entrySet()) {
            String name = member.getKey();
            if (name.equals(VERSION)) {
                continue; // read by JsonMergePatch
            }
            if (name.equals("reason")) {
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

    /** The metadata after the patch; {@code sources} finds or creates the source of a name. */
    public ArticleMetadata applyTo(ArticleMetadata current, Function<String, Source> sources) {
        String title = edited("title") ? text("title").orElse(null) : current.title();
        String url = edited("url") ? text("url").orElse(null) : current.url();
        Source source = edited("source") ? text("source").map(sources).orElse(null) : current.source();
        OffsetDateTime publishedAt = edited("publishedAt") ? Dates.plausibleDateTimeOf("publishedAt", text("publishedAt").orElse(null))
                : current.publishedAt();
        String language = edited("language") ? text("language").orElse(null) : current.language();
        if (edited("url")) {
            MetadataRules.requireWebAddress("url", url);
        }
        if (edited("publishedAt")) {
            MetadataRules.requirePublishedBy("publishedAt", publishedAt);
        }
        if (edited("language")) {
            MetadataRules.requireLanguageTag("language", language);
        }
        return new ArticleMetadata(title, url, source, publishedAt, language);
    }
}
