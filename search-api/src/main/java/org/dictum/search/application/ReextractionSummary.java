package org.dictum.search.application;

/**
 * What re-extraction did: untouched machine statements removed and new findings added; curated
 * statements kept; findings dropped because a curated (or rejected) statement holds their span.
 */
public record ReextractionSummary(int removed, int added, int kept, int dropped, ArticleDetail article) {
}
