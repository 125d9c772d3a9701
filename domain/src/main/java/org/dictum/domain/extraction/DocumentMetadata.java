package org.dictum.domain.extraction;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a document says about itself, each field with its origin; a field is null when the document does not say.
 *
 * @param title        the headline
 * @param authors      the people (or desks) credited, in the page's order
 * @param publishedAt  when it was first published, at the offset the document gives (UTC when it gives none)
 * @param source       the publisher's name ("The Independent")
 * @param canonicalUrl the address the publisher gives for the article
 * @param language     ISO 639-1 code, declared by the page or detected from its main text
 */
public record DocumentMetadata(
        Sourced<String> title,
        Sourced<List<String>> authors,
        Sourced<OffsetDateTime> publishedAt,
        Sourced<String> source,
        Sourced<String> canonicalUrl,
        Sourced<String> language) {

    public DocumentMetadata {
        if (authors != null) {
            authors = new Sourced<>(List.copyOf(authors.value()), authors.origin());
        }
    }

    public static DocumentMetadata none() {
        return new DocumentMetadata(null, null, null, null, null, null);
    }

    DocumentMetadata withTitle(Sourced<String> newTitle) {
        return new DocumentMetadata(newTitle, authors, publishedAt, source, canonicalUrl, language);
    }

    DocumentMetadata withLanguage(Sourced<String> newLanguage) {
        return new DocumentMetadata(title, authors, publishedAt, source, canonicalUrl, newLanguage);
    }

    /** The value of a field, or null when the field is absent. */
    public static <T> T valueOf(Sourced<T> field) {
        return field == null ? null : field.value();
    }
}
