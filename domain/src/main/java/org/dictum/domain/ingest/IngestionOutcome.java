package org.dictum.domain.ingest;

import org.dictum.domain.article.Article;

/**
 * The result of submitting an article.
 *
 * @param article the stored article
 * @param created false when identical content was already archived and that article is returned
 */
public record IngestionOutcome(Article article, boolean created) {
}
