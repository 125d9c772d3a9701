package org.dictum.domain.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.article.MetadataRules;
import org.dictum.domain.extraction.ExtractionRequest;

/**
 * An article as a client submits it. Exactly one of {@code text} and {@code html} carries the
 * original. {@code topics} and {@code actors} are cataloguer-supplied subject metadata: when a list
 * is given (even empty) it is authoritative for the article; when null, extraction decides. {@code publishedAt} keeps
 * the offset it was given with: relative dates resolve against the day there. Its fields hold text that can be
 * stored ({@link StorableText}).
 */
public record ArticleSubmission(
        String url,
        String title,
        String source,
        OffsetDateTime publishedAt,
        String language,
        String text,
        String html,
        List<String> topics,
        List<String> actors) {

    public ArticleSubmission {
        boolean hasText = text != null && !text.isBlank();
        boolean hasHtml = html != null && !html.isBlank();
        if (!hasText && !hasHtml) {
            throw new InvalidInputException("text", "Either text or html must be given and non-blank");
        }
        if (hasText && hasHtml) {
            throw new InvalidInputException("html", "Give either text or html, not both");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("url", url);
        fields.put("title", title);
        fields.put("source", source);
        fields.put("language", language);
        fields.put("topics", topics == null ? null : String.valueOf(topics));
        fields.put("actors", actors == null ? null : String.valueOf(actors));
        StorableText.refusalOf(text, html, fields).ifPresent(refusal -> {
            throw refusal;
        });
        MetadataRules.requireWebAddress("url", url);
        MetadataRules.requirePublishedBy("publishedAt", publishedAt);
        MetadataRules.requireLanguageTag("language", language);
        topics = topics == null ? null : cleaned(topics, "topics");
        actors = actors == null ? null : cleaned(actors, "actors");
    }

    public String original() {
        return text != null && !text.isBlank() ? text : html;
    }

    public ContentType contentType() {
        return text != null && !text.isBlank() ? ContentType.TEXT_PLAIN : ContentType.TEXT_HTML;
    }

    /** What extraction gets of this submission: relative dates resolve against the supplied publication day. */
    public ExtractionRequest extractionRequest() {
        LocalDate publicationDate = publishedAt == null ? null : publishedAt.toLocalDate();
        return new ExtractionRequest(original(), contentType(), title, publicationDate, url);
    }

    private static List<String> cleaned(List<String> names, String field) {
        for (String name : names) {
            if (name == null || name.isBlank()) {
                throw new InvalidInputException(field, "Entries of " + field + " must be non-blank strings");
            }
        }
        return names.stream().map(String::strip).distinct().toList();
    }
}
