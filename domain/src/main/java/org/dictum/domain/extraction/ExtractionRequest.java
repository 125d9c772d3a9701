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
 * @param publicationDate the date relative expressions ("said Saturday") are resolved against, or null to use the
 *                        publication date the document's metadata gives, if any
 * @param url             where the document was published, or null; resolves relative links and selects per-site
 *                        rules for HTML
 */
public record ExtractionRequest(String original, ContentType contentType, String suppliedTitle, LocalDate publicationDate,
                                String url) {

    public ExtractionRequest {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(contentType, "contentType");
    }

    /** A request without the document's address. */
    public ExtractionRequest(String original, ContentType contentType, String suppliedTitle, LocalDate publicationDate) {
        this(original, contentType, suppliedTitle, publicationDate, null);
    }
}
