package org.dictum.domain.article;

import java.time.Instant;
import java.util.Optional;

/**
 * What names an article where something else is shown (a statement, a hit): its id, title, source
 * and publication time, read without its original or its main text.
 */
public record ArticleHeading(long id, Optional<String> title, Optional<String> source, Optional<Instant> publishedAt) {
}
