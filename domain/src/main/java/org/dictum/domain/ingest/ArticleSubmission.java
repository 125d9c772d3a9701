package org.dictum.domain.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.extraction.ExtractionRequest;

/**
 * An article as a client submits it. Exactly one of {@code text} and {@code html} carries the
 * original. {@code topics} and {@code actors} are cataloguer-supplied subject metadata: when a list
 * is given (even empty) it is authoritative for the article; when null, extraction decides.
 */
public record ArticleSubmission(
        String url,
        String title,
        String source,
        Instant publishedAt,
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
        if (url != null && !url.isBlank() && !isWebAddress(url.strip())) {
            throw new InvalidInputException("url", "url must be an absolute http or https address");
        }
        if (language != null && !language.isBlank() && !LANGUAGE_TAG.matcher(language.strip()).matches()) {
            throw new InvalidInputException("language", "language must be a language tag such as 'en' or 'pt-BR'");
        }
        topics = topics == null ? null : cleaned(topics, "topics");
        actors = actors == null ? null : cleaned(actors, "actors");
    }

    public String original() {
        return text != null && !text.isBlank() ? text : html;
    }

    public ContentType contentType() {
        return text != null && !text.isBlank() ? ContentType.TEXT_PLAIN : ContentType.TEXT_HTML;
    }

    /** What extraction gets of this submission: relative dates resolve against the supplied publication day (UTC). */
    public ExtractionRequest extractionRequest() {
        LocalDate publicationDate = publishedAt == null ? null : LocalDate.ofInstant(publishedAt, ZoneOffset.UTC);
        return new ExtractionRequest(original(), contentType(), title, publicationDate, url);
    }

    private static final Pattern LANGUAGE_TAG =
            Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException malformed) {
            return false;
        }
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
