package org.dictum.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.ItServer;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;
import org.junit.jupiter.api.Test;

/**
 * MicroProfile Health on the management interface (readiness: database and search index;
 * liveness) and the application's Prometheus metrics at /api/metrics, which count the search
 * requests and the archive's records.
 */
class HealthAndMetricsIT extends ClientSideIntegrationTest {

    private static final String STATEMENT_SEARCHES =
            "dictum_http_server_requests_seconds_count{method=\"GET\",uri=\"/api/search/statements\",status=\"200\"}";

    @Test
    void readiness_checks_the_database_and_the_search_index_and_both_are_up() throws Exception {
        JsonObject ready = health("/health/ready");
        assertThat(ready.getString("status")).as(ready.toString()).isEqualTo("UP");
        Map<String, JsonObject> checks = checks(ready);
        assertThat(checks).containsKeys("dictum-database", "dictum-search-index");
        assertThat(checks.get("dictum-database").getString("status")).isEqualTo("UP");
        assertThat(checks.get("dictum-search-index").getString("status")).isEqualTo("UP");
        assertThat(checks.get("dictum-search-index").getJsonObject("data").getBoolean("rebuilding")).isFalse();

        JsonObject live = health("/health/live");
        assertThat(live.getString("status")).isEqualTo("UP");
        assertThat(checks(live)).containsKey("dictum-live");
        assertThat(checks(health("/health")).keySet()).contains("dictum-database", "dictum-search-index", "dictum-live");
    }

    @Test
    void metrics_count_search_requests_and_archived_articles() {
        HttpApi admin = new HttpApi(baseUrl);
        HttpApi anonymous = HttpApi.anonymous(baseUrl);
        Reply before = anonymous.get("api/metrics");
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.contentType()).startsWith("text/plain");
        long searches = value(before.body(), STATEMENT_SEARCHES).orElse(0);
        long articles = value(before.body(), "dictum_archive_articles").orElseThrow();

        assertThat(anonymous.get("api/search/statements?q=metrics&size=1").status()).isEqualTo(200);
        assertThat(admin.postJson("api/articles", Json.createObjectBuilder().add("title", "Metrics")
                .add("text", "Metrics are counted, the operator said on Monday.").build().toString()).status()).isEqualTo(201);

        String after = anonymous.get("api/metrics").body();
        assertThat(value(after, STATEMENT_SEARCHES)).hasValue(searches + 1);
        assertThat(value(after, "dictum_archive_articles")).hasValue(articles + 1);
        assertThat(after).contains("# TYPE dictum_http_server_requests_seconds histogram",
                "dictum_http_server_requests_seconds_bucket{method=\"GET\",uri=\"/api/search/statements\",status=\"200\",le=\"+Inf\"}");
    }

    private static OptionalLong value(String exposition, String series) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\d+)").matcher(exposition);
        return matcher.find() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }

    private static Map<String, JsonObject> checks(JsonObject health) {
        return health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(check -> check.getString("name"), Function.identity()));
    }

    private static JsonObject health(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(ItServer.management(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
