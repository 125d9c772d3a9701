package org.dictum.domain.extraction;

import java.time.LocalDate;
import java.util.Objects;
import org.dictum.domain.article.ContentType;

/**
 * What extraction gets: the original document and what the submitter already told us about it.
 *
 * @param original        the document as submitted
 * @param contentType     plain text or HTML
 * @param suppliedTitle   the title given by the submitter, or null to let extraction find one
 * @param publicationDate the date relative expressions ("said Saturday") are resolved against, or null
 */
public record ExtractionRequest(String original, ContentType contentType, String suppliedTitle, LocalDate publicationDate) {

    public ExtractionRequest {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(contentType, "contentType");
    }
}
