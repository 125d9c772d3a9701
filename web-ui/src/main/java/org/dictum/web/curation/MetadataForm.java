package org.dictum.web.curation;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.dictum.search.application.ArticleDetail;

/**
 * The article metadata form: the values shown and the values edited. Only the fields the librarian
 * changed go into the patch, so that saving the form never rewrites a field nobody touched.
 */
public class MetadataForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> shown = new LinkedHashMap<>();
    private final Map<String, String> edited = new LinkedHashMap<>();

    void fill(ArticleDetail article) {
        shown.put("title", article.title());
        shown.put("url", article.url());
        shown.put("source", article.source());
        shown.put("publishedAt", published(article.publishedAt()));
        shown.put("language", article.language());
        edited.putAll(shown);
    }

    /** A merge patch of the changed fields (blank clears one), with the reason. */
    JsonObject toPatch(String reason) {
        JsonObjectBuilder patch = Json.createObjectBuilder();
        edited.forEach((field, value) -> {
            String now = blankToNull(value);
            if (!Objects.equals(now, blankToNull(shown.get(field)))) {
                if (now == null) {
                    patch.addNull(field);
                } else {
                    patch.add(field, now);
                }
            }
        });
        if (reason != null && !reason.isBlank()) {
            patch.add("reason", reason);
        }
        return patch.build();
    }

    /**
     * A publication at midnight UTC is shown as its date, which is how it was most likely given; any other time with
     * the offset it was given with, so that saving the form unchanged changes nothing.
     */
    private static String published(OffsetDateTime at) {
        if (at == null) {
            return null;
        }
        return at.getOffset().equals(ZoneOffset.UTC) && at.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? at.toLocalDate().toString() : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Map<String, String> getFields() {
        return edited;
    }
}
