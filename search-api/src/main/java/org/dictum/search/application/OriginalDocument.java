package org.dictum.search.application;

/** An article's original as submitted, with its media type and SHA-256 fixity. */
public record OriginalDocument(String content, String mediaType, String sha256) {
}
