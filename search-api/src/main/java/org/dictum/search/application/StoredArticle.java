package org.dictum.search.application;

/**
 * The outcome of submitting an article.
 *
 * @param created false when identical content was archived before and that article is returned
 */
public record StoredArticle(ArticleDetail article, boolean created) {
}
