package org.dictum.domain.article;

import java.time.OffsetDateTime;

/**
 * The descriptive metadata of an article that librarians may correct; any of them may be null. {@code publishedAt}
 * keeps the offset it was given with: the day there is the day relative dates resolve against.
 */
public record ArticleMetadata(String title, String url, Source source, OffsetDateTime publishedAt, String language) {
}
