package org.dictum.search.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Map;
import org.dictum.domain.article.ArticleRepository;
import org.dictum.domain.savedsearch.SavedSearchRepository;
import org.dictum.domain.statement.StatementRepository;

/**
 * The application's metrics in the Prometheus text exposition format (version 0.0.4): the
 * {@code dictum_http_server_requests_seconds} histogram of measured endpoints by method, path
 * template and status, and gauges of the archive's size, counted when scraped.
 */
@ApplicationScoped
public class PrometheusText {

    public static final String MEDIA_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    static final String REQUESTS = "dictum_http_server_requests_seconds";

    @Inject
    RequestMetrics requests;

    @Inject
    ArticleRepository articles;

    @Inject
    StatementRepository statements;

    @Inject
    SavedSearchRepository savedSearches;

    @Transactional
    public String scrape() {
        StringBuilder text = new StringBuilder();
        gauge(text, "dictum_archive_articles", "Articles in the archive", articles.count());
        gauge(text, "dictum_archive_statements", "Statements in the archive", statements.count());
        gauge(text, "dictum_saved_searches", "Saved searches, frozen or not", savedSearches.count());
        text.append("# HELP ").append(REQUESTS).append(" Latency of the search API's requests since start-up\n");
        text.append("# TYPE ").append(REQUESTS).append(" histogram\n");
        for (Map.Entry<RequestMetrics.Key, RequestMetrics.Timing> entry : requests.snapshot().entrySet()) {
            RequestMetrics.Key key = entry.getKey();
            RequestMetrics.Timing timing = entry.getValue();
            String method = key.endpoint().substring(0, key.endpoint().indexOf(' '));
            String uri = key.endpoint().substring(key.endpoint().indexOf(' ') + 1);
            String labels = "method=\"" + method + "\",uri=\"" + escape(uri) + "\",status=\"" + key.status() + "\"";
            for (int i = 0; i < RequestMetrics.BUCKETS.length; i++) {
                text.append(REQUESTS).append("_bucket{").append(labels).append(",le=\"")
                        .append(number(RequestMetrics.BUCKETS[i])).append("\"} ").append(timing.within.get(i)).append('\n');
            }
            long count = timing.count.sum();
            text.append(REQUESTS).append("_bucket{").append(labels).append(",le=\"+Inf\"} ").append(count).append('\n');
            text.append(REQUESTS).append("_count{").append(labels).append("} ").append(count).append('\n');
            text.append(REQUESTS).append("_sum{").append(labels).append("} ").append(number(timing.seconds.sum())).append('\n');
        }
        return text.toString();
    }

    private static void gauge(StringBuilder text, String name, String help, long value) {
        text.append("# HELP ").append(name).append(' ').append(help).append('\n');
        text.append("# TYPE ").append(name).append(" gauge\n");
        text.append(name).append(' ').append(value).append('\n');
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%s", value);
    }

    /** Label values escape backslash, double quote and newline. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
