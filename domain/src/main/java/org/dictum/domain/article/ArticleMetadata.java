package org.dictum.domain.article;

import java.time.Instant;

/** The descriptive metadata of an article that librarians may correct; any of them may be null. */
public record ArticleMetadata(String title, String url, Source source, Instant publishedAt, String language) {
}
