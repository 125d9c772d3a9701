package org.dictum.search.application;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.dictum.domain.ingest.ArticleSubmission;

/**
 * An article in the API's JSON form: the body of {@code POST /api/articles}, one line of a JSON
 * Lines import, one bundled sample. Either {@code text} or {@code html} holds the
 * article; {@code publishedAt} is an ISO-8601 date or date-time.
 */
public record ArticleJson(
        @Size(max = 2048) String url,
        @Size(max = 1000) String title,
        @Size(max = 300) String source,
        String publishedAt,
        @Size(max = 16) String language,
        String text,
        String html,
        @Size(max = 500) List<@Size(max = 200) String> topics,
        @Size(max = 500) List<@Size(max = 300) String> actors) {

    public ArticleSubmission toSubmission() {
        return new ArticleSubmission(url, title, source, Dates.plausibleDateTimeOf("publishedAt", publishedAt), language,
                text, html, topics, actors);
    }
}
