package org.dictum.bench.search;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The benchmark query over REST, one request at a time on one keep-alive connection. */
final class RestSearch {

    /** One answer: the raw body and the time from sending the request to the last byte of the body. */
    record Response(String body, long nanos) {
    }

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI base;

    RestSearch(URI base) {
        this.base = base;
    }

    Response get(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofMinutes(2)).GET().build();
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - started;
        if (response.statusCode() != 200) {
            throw new IOException("GET " + pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
        }
        return new Response(response.body(), nanos);
    }

    Response search(BenchmarkQuery query) throws IOException, InterruptedException {
        return get(query.restPath());
    }

    /** Reads {@code {total, hits:[{id}], facets:{name:[{value,count}]}, histograms:[{field, buckets:[{start,count}]}]}}. */
    static SearchOutcome outcome(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonObject json = reader.readObject();
            List<Long> ids = new ArrayList<>();
            json.getJsonArray("hits").getValuesAs(JsonObject.class).forEach(hit -> ids.add(hit.getJsonNumber("id").longValue()));
            Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
            json.getJsonObject("facets").forEach((name, values) -> {
                Map<String, Long> counts = new LinkedHashMap<>();
                values.asJsonArray().getValuesAs(JsonObject.class).forEach(value ->
                        counts.put(value.getString("value"), value.getJsonNumber("count").longValue()));
                facets.put(name, counts);
            });
            Map<String, SortedMap<YearMonth, Long>> histograms = new LinkedHashMap<>();
            for (JsonValue value : json.getJsonArray("histograms")) {
                JsonObject histogram = value.asJsonObject();
                SortedMap<YearMonth, Long> months = new TreeMap<>();
                histogram.getJsonArray("buckets").getValuesAs(JsonObject.class).forEach(bucket -> months.put(
                        YearMonth.from(LocalDate.parse(bucket.getString("start"))), bucket.getJsonNumber("count").longValue()));
                histograms.put(histogram.getString("field"), months);
            }
            return new SearchOutcome(json.getJsonNumber("total").longValue(), ids, facets, histograms);
        }
    }

    /** The facet values that were selected in a REST answer. */
    static Map<String, List<String>> selected(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            Map<String, List<String>> selected = new LinkedHashMap<>();
            reader.readObject().getJsonObject("facets").forEach((name, values) -> selected.put(name,
                    values.asJsonArray().getValuesAs(JsonObject.class).stream()
                            .filter(v -> v.getBoolean("selected")).map(v -> v.getString("value")).toList()));
            return selected;
        }
    }
}
